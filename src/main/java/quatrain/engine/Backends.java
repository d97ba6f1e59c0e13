package quatrain.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.nd4j.linalg.api.environment.Nd4jEnvironment;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import quatrain.engine.nn.Device;

/**
 * Finds out what ND4J runs on. Never throws: a broken or absent CUDA is reported in
 * {@link BackendInfo#gpuStatus()} and the CPU is used.
 */
public final class Backends {
    private static final Logger LOG = LoggerFactory.getLogger(Backends.class);
    /** Class of ND4J's CUDA backend; present only in the GPU build. */
    static final String CUDA_BACKEND_CLASS = Device.CUDA_BACKEND_CLASS;
    /** Set by the launcher when it probed the GPU in a child process and found it unusable. */
    public static final String GPU_UNAVAILABLE_ENV = "QUATRAIN_GPU_UNAVAILABLE";

    private static volatile BackendInfo cached;

    private Backends() {
    }

    /** Whether this build carries ND4J's CUDA backend at all. */
    public static boolean cudaBuild() {
        try {
            Class.forName(CUDA_BACKEND_CLASS, false, Backends.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Initialises ND4J if needed (1–3 s the first time) and describes the device in use. */
    public static BackendInfo current() {
        BackendInfo info = cached;
        if (info == null) {
            synchronized (Backends.class) {
                if (cached == null) {
                    cached = detect();
                }
                info = cached;
            }
        }
        return info;
    }

    private static BackendInfo detect() {
        String gpuStatus = gpuStatusWithoutCuda();
        try {
            Properties env = Nd4j.getExecutioner().getEnvironmentInformation();
            String backend = String.valueOf(env.getOrDefault(Nd4jEnvironment.BACKEND_KEY, "CPU"));
            if ("CUDA".equalsIgnoreCase(backend)) {
                return cudaInfo(env);
            }
            int threads = toInt(env.get(Nd4jEnvironment.OMP_THREADS_KEY), Runtime.getRuntime().availableProcessors());
            return new BackendInfo("CPU", cpuModel(), threads, cpuFeatures(), gpuStatus, false);
        } catch (RuntimeException | LinkageError e) {
            LOG.error("Could not describe the ND4J backend", e);
            return new BackendInfo("CPU", cpuModel(), Runtime.getRuntime().availableProcessors(), cpuFeatures(),
                    gpuStatus, false);
        }
    }

    @SuppressWarnings("unchecked")
    private static BackendInfo cudaInfo(Properties env) {
        String name = "CUDA device";
        String memory = "";
        Object devices = env.get(Nd4jEnvironment.CUDA_DEVICE_INFORMATION_KEY);
        if (devices instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> first) {
            Map<String, Object> d = (Map<String, Object>) first;
            name = String.valueOf(d.getOrDefault(Nd4jEnvironment.CUDA_DEVICE_NAME_KEY, name));
            Object total = d.get(Nd4jEnvironment.CUDA_TOTAL_MEMORY_KEY);
            if (total instanceof Number n) {
                memory = String.format(Locale.ROOT, "%.0f GB", n.doubleValue() / (1L << 30));
            }
        }
        return new BackendInfo("CUDA", name, 0, memory, "GPU in use: " + name, true);
    }

    private static String gpuStatusWithoutCuda() {
        String reason = System.getenv(GPU_UNAVAILABLE_ENV);
        if (reason != null && !reason.isBlank()) {
            return "GPU not usable: " + reason;
        }
        if (!cudaBuild()) {
            return "This edition is built for the CPU only (the GPU edition needs an NVIDIA GPU and driver).";
        }
        return "No usable CUDA device was found.";
    }

    static String cpuModel() {
        String model = procCpuField("model name");
        return model != null ? model : System.getProperty("os.arch");
    }

    static String cpuFeatures() {
        String flags = procCpuField("flags");
        if (flags == null) {
            return "";
        }
        List<String> f = List.of(flags.split("\\s+"));
        if (f.contains("avx512f")) {
            return "AVX-512";
        }
        if (f.contains("avx2")) {
            return "AVX2";
        }
        return f.contains("avx") ? "AVX" : "";
    }

    private static String procCpuField(String field) {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (!Files.isReadable(cpuinfo)) {
            return null;
        }
        try (var lines = Files.lines(cpuinfo)) {
            return lines.filter(l -> l.startsWith(field)).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse(null);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static int toInt(Object o, int fallback) {
        if (o instanceof Number n) {
            return n.intValue();
        }
        try {
            return o == null ? fallback : Integer.parseInt(o.toString());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
