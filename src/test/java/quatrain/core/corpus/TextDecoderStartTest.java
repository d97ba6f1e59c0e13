package quatrain.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** Deciding a text's encoding from its start only, as the Spark driver does from a sample. */
class TextDecoderStartTest {
    private static final Charset CP1252 = Charset.forName("windows-1252");

    @Test
    void utf8StartIsUtf8EvenWhenTheSampleCutsACharacter() {
        byte[] bytes = "caf\u00e9 \u20ac".getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(bytes, bytes.length - 1);
        assertThat(TextDecoder.startCharset(cut, cut.length, false)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(TextDecoder.startCharset(cut, cut.length, true)).isEqualTo(CP1252);
        assertThat(TextDecoder.startCharset(bytes, bytes.length, true)).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void aBadByteMakesItWindows1252AsTheWholeFileReaderDecides() {
        byte[] latin = "caf\u00e9 au lait".getBytes(CP1252);
        assertThat(TextDecoder.startCharset(latin, latin.length, false)).isEqualTo(CP1252);
        assertThat(TextDecoder.decode(latin).encoding()).isEqualTo(TextDecoder.label(CP1252, false));
    }

    @Test
    void labelsAreTheInMemoryReadersOwn() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'};
        assertThat(TextDecoder.hasUtf8Bom(bom, bom.length)).isTrue();
        assertThat(TextDecoder.label(StandardCharsets.UTF_8, true)).isEqualTo(TextDecoder.decode(bom).encoding());
        assertThat(TextDecoder.utf16Label(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0}, 4)).contains("UTF-16LE (with BOM)");
    }
}
