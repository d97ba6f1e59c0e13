package quatrain.core.markov;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Big-endian int and long arrays through a small buffer (one writeInt per value is slow on a raw stream).
 * Reading grows the array as data arrives, so a corrupt length fails on the missing bytes, not with an
 * out-of-memory error.
 */
final class ArrayIO {
    private static final int CHUNK = 8192;

    private ArrayIO() {
    }

    static void writeInts(DataOutputStream out, int[] values) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(4 * CHUNK);
        for (int from = 0; from < values.length; from += CHUNK) {
            int n = Math.min(CHUNK, values.length - from);
            buffer.clear();
            buffer.asIntBuffer().put(values, from, n);
            out.write(buffer.array(), 0, 4 * n);
        }
    }

    static int[] readInts(DataInputStream in, int length) throws IOException {
        int[] values = new int[Math.min(length, CHUNK)];
        byte[] bytes = new byte[4 * CHUNK];
        for (int from = 0; from < length; from += CHUNK) {
            int n = Math.min(CHUNK, length - from);
            in.readFully(bytes, 0, 4 * n);
            if (from + n > values.length) {
                values = Arrays.copyOf(values, grown(values.length, from + n, length));
            }
            ByteBuffer.wrap(bytes, 0, 4 * n).asIntBuffer().get(values, from, n);
        }
        return values;
    }

    static void writeLongs(DataOutputStream out, long[] values) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(8 * CHUNK);
        for (int from = 0; from < values.length; from += CHUNK) {
            int n = Math.min(CHUNK, values.length - from);
            buffer.clear();
            buffer.asLongBuffer().put(values, from, n);
            out.write(buffer.array(), 0, 8 * n);
        }
    }

    static long[] readLongs(DataInputStream in, int length) throws IOException {
        long[] values = new long[Math.min(length, CHUNK)];
        byte[] bytes = new byte[8 * CHUNK];
        for (int from = 0; from < length; from += CHUNK) {
            int n = Math.min(CHUNK, length - from);
            in.readFully(bytes, 0, 8 * n);
            if (from + n > values.length) {
                values = Arrays.copyOf(values, grown(values.length, from + n, length));
            }
            ByteBuffer.wrap(bytes, 0, 8 * n).asLongBuffer().get(values, from, n);
        }
        return values;
    }

    private static int grown(int current, int needed, int limit) {
        return (int) Math.min(limit, Math.max(needed, 2L * current));
    }
}
