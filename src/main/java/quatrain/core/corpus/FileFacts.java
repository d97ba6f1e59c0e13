package quatrain.core.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What one pass over a file's bytes tells, without holding them: the same facts {@link TextDecoder} and
 * {@link CorpusLoader} find in a byte array (strict UTF-8 over the whole file, so a bad byte near the end
 * still means windows-1252, as it does in memory).
 *
 * @param size      bytes read
 * @param sha256    hex SHA-256 of all bytes (empty when the scan stopped at a NUL byte)
 * @param firstNul  offset of the first NUL byte, or -1; the scan stops there
 * @param highBytes bytes above ASCII: the characters a windows-1252 fallback affects
 * @param utf8      whether the bytes are strict UTF-8
 * @param bom       whether they start with a UTF-8 byte-order mark
 */
record FileFacts(long size, String sha256, long firstNul, long highBytes, boolean utf8, boolean bom) {
    private static final int CHUNK = 1 << 20;

    /** Where the text starts: after the byte-order mark when the file is read as UTF-8. */
    long textStart() {
        return utf8 && bom ? 3 : 0;
    }

    String encoding() {
        return utf8 ? (bom ? "UTF-8 (with BOM)" : "UTF-8") : TextDecoder.FALLBACK;
    }

    int replacedChars() {
        return utf8 ? 0 : (int) Math.min(Integer.MAX_VALUE, highBytes);
    }

    static FileFacts scan(Path path) throws IOException {
        MessageDigest sha = newDigest();
        Utf8Check utf8 = new Utf8Check();
        byte[] chunk = new byte[CHUNK];
        long size = 0;
        long high = 0;
        boolean bom = false;
        try (InputStream in = Files.newInputStream(path)) {
            int n;
            while ((n = in.readNBytes(chunk, 0, CHUNK)) > 0) {
                if (size == 0) {
                    bom = n >= 3 && (chunk[0] & 0xFF) == 0xEF && (chunk[1] & 0xFF) == 0xBB && (chunk[2] & 0xFF) == 0xBF;
                }
                for (int i = 0; i < n; i++) {
                    byte b = chunk[i];
                    if (b == 0) {
                        return new FileFacts(size + i, "", size + i, high, false, bom);
                    }
                    high += b < 0 ? 1 : 0;
                }
                sha.update(chunk, 0, n);
                utf8.feed(chunk, n, false);
                size += n;
            }
        }
        utf8.feed(chunk, 0, true);
        return new FileFacts(size, HexFormat.of().formatHex(sha.digest()), -1, high, utf8.valid, bom);
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always present", e);
        }
    }

    /** Strict UTF-8 decoding chunk by chunk; a sequence cut by a chunk boundary waits for the next chunk. */
    private static final class Utf8Check {
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private final ByteBuffer in = ByteBuffer.allocate(CHUNK + 8);
        private final CharBuffer out = CharBuffer.allocate(CHUNK);
        private boolean valid = true;

        void feed(byte[] bytes, int length, boolean end) {
            if (!valid) {
                return;
            }
            in.put(bytes, 0, length).flip();
            CoderResult r;
            do {
                out.clear();
                r = decoder.decode(in, out, end);
            } while (r.isOverflow());
            if (r.isError()) {
                valid = false;
                return;
            }
            if (end) {
                out.clear();
                valid = !decoder.flush(out).isError();
            }
            in.compact();
        }
    }
}
