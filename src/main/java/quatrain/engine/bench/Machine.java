package quatrain.engine.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

import org.nd4j.linalg.factory.Nd4j;

/** Thread settings and memory readings for benchmarks. */
public final class Machine {
    private Machine() {
    }

    /** Limits ND4J's compute threads (OpenMP and BLAS) to {@code threads}. */
    public static void useThreads(int threads) {
        Nd4j.getEnvironment().setMaxThreads(threads);
        Nd4j.getEnvironment().setMaxMasterThreads(threads);
        Nd4j.factory().blas().setMaxThreads(threads);
    }

    public static int threads() {
        return Nd4j.getEnvironment().maxThreads();
    }

    /** Peak of the heap pools since the JVM started, in MB. */
    public static double peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / 1048576.0;
    }

    /** Heap in use after a full collection, in MB: what is really kept, not garbage awaiting collection. */
    public static double liveHeapMb() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
    }

    /**
     * Memory outside the JVM's pools now, in MB: the resident set less the committed heap and non-heap pools (class
     * metadata, code cache). That is ND4J's native arrays, OpenBLAS's buffers and the native libraries' own memory.
     * ND4J's allocations pass neither JavaCPP's {@code Pointer.totalBytes()} nor its {@code AllocationsTracker}
     * (both read 0 after allocating 200 MB of arrays), so they are measured from the outside. NaN off Linux.
     */
    public static double offHeapMb() {
        double rss = statusMb("VmRSS:");
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long jvm = memory.getHeapMemoryUsage().getCommitted() + memory.getNonHeapMemoryUsage().getCommitted();
        return Math.max(0, rss - jvm / 1048576.0);
    }

    /** Peak resident set size of the process (Linux VmHWM), in MB; NaN elsewhere. */
    public static double peakRssMb() {
        return statusMb("VmHWM:");
    }

    /** A "kB" field of /proc/self/status in MB; NaN where there is none. */
    private static double statusMb(String field) {
        Path status = Path.of("/proc/self/status");
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }
}
