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

    /**
     * The start-of-training report: the summary, then the processor's model and ND4J's backend, e.g.
     * "CPU · 2 threads · AVX2 · Intel(R) Core(TM) i7-8565U · ND4J nd4j-native".
     */
    public String report() {
        String nd4j = "CUDA".equals(backend) ? "ND4J nd4j-cuda-11.6" : "ND4J nd4j-native";
        return "CUDA".equals(backend) ? summary() + " · " + nd4j : summary() + " · " + device + " · " + nd4j;
    }

    /** One line, e.g. "CPU · 2 threads · AVX2" or "GPU · NVIDIA RTX A4000 · 16 GB". */
    public String summary() {
        if ("CUDA".equals(backend)) {
            return "GPU · " + device + (features.isEmpty() ? "" : " · " + features);
        }
        return "CPU · " + threads + (threads == 1 ? " thread" : " threads") + (features.isEmpty() ? "" : " · " + features);
    }
}
