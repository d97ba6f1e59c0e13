package quatrain.core.corpus;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes a text file's bytes: strict UTF-8 (BOM dropped) first, windows-1252 when that fails. */
public final class TextDecoder {
    static final String FALLBACK = "windows-1252";

    private TextDecoder() {
    }

    public static DecodedText decode(byte[] bytes) {
        int offset = hasUtf8Bom(bytes) ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            CharBuffer chars = strict.decode(in);
            return new DecodedText(chars.toString(), offset == 3 ? "UTF-8 (with BOM)" : "UTF-8", 0);
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

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
    }
}
