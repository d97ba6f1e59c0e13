package quatrain.engine.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The entry names of a zip, read from its central directory at the end: nothing is inflated, so a nested zip's
 * names are checked before any of its entries is read (a {@code ZipInputStream} only sees a name after
 * inflating every entry before it). Only what a model's {@code network.zip} can be is accepted: no comment
 * beyond 64 KB, no zip64, a directory that ends where the end record starts.
 */
final class ZipDirectory {
    private static final int END_SIGNATURE = 0x06054b50;
    private static final int ENTRY_SIGNATURE = 0x02014b50;
    private static final int END_BYTES = 22;
    private static final int ENTRY_BYTES = 46;
    /** The end record, its longest comment and a directory of a few entries. */
    private static final int MAX_TAIL = END_BYTES + 0xFFFF + (1 << 16);

    private ZipDirectory() {
    }

    /**
     * @param in   the zip's bytes from the start (skipped over, not read, where the stream allows)
     * @param size the zip's length in bytes
     */
    static List<String> names(InputStream in, long size, Problems problems, String entry) throws IOException {
        int tail = (int) Math.min(size, MAX_TAIL);
        long toSkip = size - tail;
        while (toSkip > 0) {
            long n = in.skip(toSkip);
            if (n <= 0) {
                throw problems.damaged(entry + " is truncated");
            }
            toSkip -= n;
        }
        byte[] b = in.readNBytes(tail);
        if (b.length < tail) {
            throw problems.damaged(entry + " is truncated");
        }
        int end = findEnd(b);
        if (end < 0) {
            throw problems.damaged(entry + " is not a zip (no end of its central directory)");
        }
        int count = u16(b, end + 10);
        long directoryBytes = u32(b, end + 12);
        long directoryStart = u32(b, end + 16);
        if (directoryBytes > end || directoryStart + directoryBytes != size - tail + end) {
            throw problems.damaged(entry + " has its central directory in the wrong place");
        }
        return entries(b, end - (int) directoryBytes, end, count, problems, entry);
    }

    private static int findEnd(byte[] b) {
        for (int i = b.length - END_BYTES; i >= 0; i--) {
            if (u32(b, i) == END_SIGNATURE && i + END_BYTES + u16(b, i + 20) == b.length) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> entries(byte[] b, int from, int end, int count, Problems problems, String entry) {
        List<String> names = new ArrayList<>();
        int p = from;
        while (p < end) {
            if (p + ENTRY_BYTES > end || u32(b, p) != ENTRY_SIGNATURE) {
                throw problems.damaged(entry + " has a damaged central directory");
            }
            int nameLength = u16(b, p + 28);
            int next = p + ENTRY_BYTES + nameLength + u16(b, p + 30) + u16(b, p + 32);
            if (next > end) {
                throw problems.damaged(entry + " has a damaged central directory");
            }
            names.add(new String(b, p + ENTRY_BYTES, nameLength, StandardCharsets.UTF_8));
            p = next;
        }
        if (names.size() != count) {
            throw problems.damaged(entry + " has a damaged central directory");
        }
        return names;
    }

    private static int u16(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int i) {
        return (u16(b, i) | (long) u16(b, i + 2) << 16) & 0xFFFFFFFFL;
    }
}
