package quatrain.engine;

/**
 * The device ND4J computes on, for status bars, logs and the model manifest.
 *
 * @param backend      "CPU" or "CUDA"
 * @param device       CPU model or GPU name
 * @param threads      compute threads (OpenMP) on the CPU backend; 0 on the GPU
 * @param features     instruction-set note for the CPU (e.g. "AVX2", "AVX-512"), or the GPU's memory
 * @param gpuStatus    whether a GPU is usable and, if not, why (shown next to the disabled GPU choice)
 * @param gpuUsable    true when a CUDA device is usable by this build
 */
public record BackendInfo(String backend, String device, int threads, String features, String gpuStatus,
        boolean gpuUsable) {

    /** One line, e.g. "CPU · 2 threads · AVX2" or "GPU · NVIDIA RTX A4000 · 16 GB". */
    public String summary() {
        if ("CUDA".equals(backend)) {
            return "GPU · " + device + (features.isEmpty() ? "" : " · " + features);
        }
        return "CPU · " + threads + (threads == 1 ? " thread" : " threads") + (features.isEmpty() ? "" : " · " + features);
    }
}
