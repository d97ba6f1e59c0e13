package quatrain.core.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads a file line by line as byte ranges, without decoding the file as a whole. A line ends at
 * {@code \n}, {@code \r\n} or a lone {@code \r}, the breaks the in-memory reader normalises; those bytes never
 * occur inside a UTF-8 or windows-1252 character, so cutting bytes there is cutting characters there.
 */
final class LineScanner {
    private static final int CHUNK = 1 << 20;

    /** Receives each line: where it starts in the file, its bytes (terminator excluded) and its length. */
    interface Sink {
        void line(long start, byte[] bytes, int length);
    }

    private LineScanner() {
    }

    static void scan(Path path, long from, Sink sink) throws IOException {
        byte[] chunk = new byte[CHUNK];
        byte[] line = new byte[256];
        int length = 0;
        long offset = from;
        long lineStart = from;
        boolean afterCr = false;
        try (InputStream in = Files.newInputStream(path)) {
            in.skipNBytes(from);
            int n;
            while ((n = in.readNBytes(chunk, 0, CHUNK)) > 0) {
                for (int i = 0; i < n; i++, offset++) {
                    byte b = chunk[i];
                    if (b == '\n' && afterCr) {
                        lineStart = offset + 1;
                    } else if (b == '\n' || b == '\r') {
                        sink.line(lineStart, line, length);
                        length = 0;
                        lineStart = offset + 1;
                    } else {
                        if (length == line.length) {
                            line = Arrays.copyOf(line, line.length * 2);
                        }
                        line[length++] = b;
                    }
                    afterCr = b == '\r';
                }
            }
        }
        if (length > 0) {
            sink.line(lineStart, line, length);
        }
    }

    /** Characters left once {@link String#strip()} has taken the white space off both ends; 0 for a blank line. */
    static int strippedLength(byte[] bytes, int length, Charset charset) {
        int start = 0;
        int end = length;
        while (start < end && isAsciiSpace(bytes[start])) {
            start++;
        }
        while (end > start && isAsciiSpace(bytes[end - 1])) {
            end--;
        }
        for (int i = start; i < end; i++) {
            if (bytes[i] < 0) {
                return new String(bytes, start, end - start, charset).strip().length();
            }
        }
        return end - start;
    }

    private static boolean isAsciiSpace(byte b) {
        return b >= 0 && Character.isWhitespace(b);
    }
}
