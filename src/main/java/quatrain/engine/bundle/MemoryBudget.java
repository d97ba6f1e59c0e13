package quatrain.engine.bundle;

import org.bytedeco.javacpp.Pointer;

/**
 * Whether this process can take arrays of a given size, asked before they are allocated.
 *
 * <p>ND4J's CPU arrays are allocated by libnd4j, outside JavaCPP's accounting: {@code Pointer.totalBytes()} does
 * not grow with them, so neither {@code -Xmx} nor {@code org.bytedeco.javacpp.maxBytes} bounds them. JavaCPP
 * compares the process's resident size with {@code maxPhysicalBytes} (by default 4 × the heap limit in JavaCPP
 * 1.5.7) only when it next allocates a pointer of its own, after the memory is taken (3·10⁹ floats took 12 GB
 * before the first refusal). The same bound is applied here beforehand: what {@code maxPhysicalBytes} leaves
 * above the resident size now, and no more than the machine has available.
 */
final class MemoryBudget {
    private MemoryBudget() {
    }

    /** Bytes of native memory this process may still take; {@link Long#MAX_VALUE} when nothing says. */
    static long available() {
        long max = Pointer.maxPhysicalBytes();
        long left = max > 0 ? max - Pointer.physicalBytes() : Long.MAX_VALUE;
        long free = Pointer.availablePhysicalBytes();
        return Math.max(0, free > 0 ? Math.min(left, free) : left);
    }

    /** Refuses, naming what needs the memory, when {@code bytes} is more than {@link #available()}. */
    static void require(long bytes, Problems problems, String what) {
        long available = available();
        if (bytes < 0 || bytes > available) {
            throw problems.notOpened(what + " needs " + (bytes < 0 ? "more than 9 EB" : Problems.bytes(bytes))
                    + " of memory and this program may use " + Problems.bytes(available) + " more");
        }
    }
}
