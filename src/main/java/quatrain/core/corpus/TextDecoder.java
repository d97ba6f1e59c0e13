package quatrain.core.corpus;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes a text file's bytes: UTF-16 when they say so (a byte-order mark, as Windows' "Unicode" files have, or the
 * unmistakable zero every other byte of ASCII text), else strict UTF-8 (BOM dropped), else windows-1252.
 */
public final class TextDecoder {
    static final String FALLBACK = "windows-1252";
    /** Bytes looked at to recognise UTF-16 without a byte-order mark. */
    private static final int SNIFF = 4096;

    private TextDecoder() {
    }

    /** A UTF-16 text's charset and where its characters start (after the byte-order mark), if the bytes are one. */
    record Utf16(Charset charset, int offset, String label) {
    }

    public static DecodedText decode(byte[] bytes) {
        Optional<Utf16> utf16 = utf16(bytes, bytes.length);
        if (utf16.isPresent()) {
            return decodeUtf16(bytes, utf16.get());
        }
        int offset = hasUtf8Bom(bytes) ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            CharBuffer chars = strict(StandardCharsets.UTF_8).decode(in);
            return new DecodedText(chars.toString(), label(StandardCharsets.UTF_8, offset == 3), 0);
        } catch (CharacterCodingException notUtf8) {
            String text = new String(bytes, Charset.forName(FALLBACK));
            int affected = 0;
            for (byte b : bytes) {
                if (b < 0) {
                    affected++;
                }
            }
            return new DecodedText(text, FALLBACK, affected);
        }
    }

    /**
     * Whether the first {@code length} bytes of a file (its whole content, or its start) are UTF-16: a byte-order
     * mark, or, without one, a zero in every other byte and none in the others over the first few kilobytes.
     */
    static Optional<Utf16> utf16(byte[] bytes, int length) {
        if (length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return Optional.of(new Utf16(StandardCharsets.UTF_16BE, 2, "UTF-16BE (with BOM)"));
        }
        if (length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                && !(length >= 4 && bytes[2] == 0 && bytes[3] == 0)) { // FF FE 00 00 is UTF-32's mark
            return Optional.of(new Utf16(StandardCharsets.UTF_16LE, 2, "UTF-16LE (with BOM)"));
        }
        int n = Math.min(length, SNIFF) & ~1;
        if (n < 4) {
            return Optional.empty();
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < n; i += 2) {
            zeroEven += bytes[i] == 0 ? 1 : 0;
            zeroOdd += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        if (zeroOdd == pairs && zeroEven == 0) {
            return Optional.of(new Utf16(StandardCharsets.UTF_16LE, 0, "UTF-16LE"));
        }
        if (zeroEven == pairs && zeroOdd == 0) {
            return Optional.of(new Utf16(StandardCharsets.UTF_16BE, 0, "UTF-16BE"));
        }
        return Optional.empty();
    }

    /** The label of the UTF-16 the first {@code length} bytes are in ("UTF-16LE (with BOM)"), if they are. */
    public static Optional<String> utf16Label(byte[] bytes, int length) {
        return utf16(bytes, length).map(Utf16::label);
    }

    /**
     * The charset of a text known by its start only (a corpus that Spark's executors read in pieces): strict UTF-8 as
     * {@link #decode} requires it, except that a character the end of a partial start cuts in two still counts as
     * UTF-8; otherwise windows-1252. A bad byte further on cannot be seen here: the readers count what they replace.
     *
     * @param whole whether the bytes are the whole text (then a cut character is an error like any other)
     */
    public static Charset startCharset(byte[] bytes, int length, boolean whole) {
        CharsetDecoder decoder = strict(StandardCharsets.UTF_8);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        CharBuffer out = CharBuffer.allocate(length + 1);
        java.nio.charset.CoderResult r = decoder.decode(in, out, whole);
        if (r.isError() || whole && decoder.flush(out).isError()) {
            return Charset.forName(FALLBACK);
        }
        // A partial start may end inside a character: at most 3 bytes left undecoded, and the rest valid.
        return in.remaining() <= 3 ? StandardCharsets.UTF_8 : Charset.forName(FALLBACK);
    }

    /** How {@link #decode} names the encoding it used: "UTF-8", "UTF-8 (with BOM)" or "windows-1252". */
    public static String label(Charset charset, boolean bom) {
        return charset.equals(StandardCharsets.UTF_8) ? bom ? "UTF-8 (with BOM)" : "UTF-8" : FALLBACK;
    }

    /** Whether the bytes start with UTF-8's byte-order mark. */
    public static boolean hasUtf8Bom(byte[] bytes, int length) {
        return length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    private static DecodedText decodeUtf16(byte[] bytes, Utf16 utf16) {
        try {
            CharBuffer chars = strict(utf16.charset()).decode(ByteBuffer.wrap(bytes, utf16.offset(),
                    bytes.length - utf16.offset()));
            return new DecodedText(chars.toString(), utf16.label(), 0);
        } catch (CharacterCodingException e) {
            throw new CorpusException("The text looks like " + utf16.label() + " but is damaged (an odd number of bytes"
                    + " or a broken character): save it again as UTF-8.", e);
        }
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return hasUtf8Bom(bytes, bytes.length);
    }
}
