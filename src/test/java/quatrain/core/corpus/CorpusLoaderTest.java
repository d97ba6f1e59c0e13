package quatrain.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class CorpusLoaderTest {
    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void readsUtf8AndDetectsOneQuatrainPerLine() throws IOException {
        Path p = write("q.txt", "The king falls , the river burns.\nA comet over Lyon.\n\nThird line here.\n"
                .getBytes(StandardCharsets.UTF_8));
        Corpus c = new CorpusLoader().load(p);
        assertThat(c.encoding()).isEqualTo("UTF-8");
        assertThat(c.format()).isEqualTo(DocumentFormat.LINES);
        assertThat(c.documents()).containsExactly("The king falls , the river burns.", "A comet over Lyon.", "Third line here.");
        assertThat(c.name()).isEqualTo("q.txt");
        assertThat(c.sha256()).hasSize(64);
    }

    @Test
    void detectsStanzasSeparatedByBlankLines() {
        String text = "one a\none b\none c\none d\n\n\ntwo a\ntwo b\ntwo c\ntwo d\n\nthree a\nthree b\n";
        Corpus c = new CorpusLoader().fromText("s", text);
        assertThat(c.format()).isEqualTo(DocumentFormat.STANZAS);
        assertThat(c.documents()).containsExactly("one a\none b\none c\none d", "two a\ntwo b\ntwo c\ntwo d",
                "three a\nthree b");
    }

    @Test
    void formatCanBeForced() {
        String text = "one a\none b\n\ntwo a\ntwo b\n";
        Corpus c = new CorpusLoader(DocumentFormat.LINES, 1 << 20).fromText("s", text);
        assertThat(c.format()).isEqualTo(DocumentFormat.LINES);
        assertThat(c.documents()).hasSize(4);
    }

    @Test
    void dropsUtf8ByteOrderMarkAndNormalisesLineEndings() throws IOException {
        byte[] body = "caf\u00e9 line\r\nsecond\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Corpus c = new CorpusLoader().load(write("bom.txt", bytes));
        assertThat(c.encoding()).isEqualTo("UTF-8 (with BOM)");
        assertThat(c.documents()).containsExactly("caf\u00e9 line", "second");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void readsUtf16WithAByteOrderMark(String charset) throws IOException {
        byte[] bom = charset.endsWith("LE") ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
        byte[] body = "Le roi \u00e9tait l\u00e0\r\nsecond line\r\n".getBytes(Charset.forName(charset));
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);
        Corpus c = new CorpusLoader().load(write("unicode.txt", bytes));
        assertThat(c.encoding()).isEqualTo(charset + " (with BOM)");
        assertThat(c.documents()).containsExactly("Le roi \u00e9tait l\u00e0", "second line");
        assertThat(c.replacedChars()).isZero();
    }

    @Test
    void recognisesUtf16WithoutAByteOrderMarkByItsZeroBytes() throws IOException {
        byte[] bytes = "the king falls\nthe river burns\n".getBytes(StandardCharsets.UTF_16LE);
        Corpus c = new CorpusLoader().load(write("nobom.txt", bytes));
        assertThat(c.encoding()).isEqualTo("UTF-16LE");
        assertThat(c.documents()).containsExactly("the king falls", "the river burns");
    }

    @Test
    void refusesDamagedUtf16SayingWhatItLooksLike() throws IOException {
        byte[] bytes = {(byte) 0xFF, (byte) 0xFE, 'a', 0, 0x00, (byte) 0xD8, 'b'}; // a lone surrogate, an odd byte
        assertThatThrownBy(() -> new CorpusLoader().load(write("bad16.txt", bytes)))
                .isInstanceOf(CorpusException.class).hasMessageContaining("UTF-16LE (with BOM)")
                .hasMessageContaining("damaged");
    }

    @Test
    void refusesUtf16TooLargeToHoldSayingHowToConvertIt() throws IOException {
        byte[] body = ("the king falls near the river\n".repeat(100)).getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        Path p = write("big16.txt", bytes);
        assertThatThrownBy(() -> new CorpusLoader(DocumentFormat.AUTO, 1 << 20, 1024).load(p))
                .isInstanceOf(CorpusException.class).hasMessageContaining("UTF-16LE (with BOM)")
                .hasMessageContaining("Save it as UTF-8");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void refusesAPipeAtOnceInsteadOfWaitingForAWriter() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        assertThatThrownBy(() -> new CorpusLoader().load(fifo)).isInstanceOf(CorpusException.class)
                .hasMessageContaining("not a regular file");
    }

    @Test
    void fallsBackToWindows1252AndCountsAffectedCharacters() throws IOException {
        byte[] bytes = "Le roi \u00e9tait l\u00e0 \u2014 fin".getBytes(Charset.forName("windows-1252"));
        Corpus c = new CorpusLoader().load(write("latin.txt", bytes));
        assertThat(c.encoding()).isEqualTo("windows-1252");
        assertThat(c.replacedChars()).isEqualTo(3);
        assertThat(c.documents()).containsExactly("Le roi \u00e9tait l\u00e0 \u2014 fin");
    }

    @Test
    void refusesMissingFileWithItsPath() {
        Path missing = dir.resolve("nope.txt");
        assertThatThrownBy(() -> new CorpusLoader().load(missing)).isInstanceOf(CorpusException.class)
                .hasMessageContaining("No file at").hasMessageContaining("nope.txt");
    }

    @Test
    void refusesDirectory() {
        assertThatThrownBy(() -> new CorpusLoader().load(dir)).isInstanceOf(CorpusException.class)
                .hasMessageContaining("is a folder");
    }

    @Test
    void refusesEmptyAndWhitespaceOnlyFiles() throws IOException {
        Path empty = write("empty.txt", new byte[0]);
        Path blank = write("blank.txt", " \n\t\n  ".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> new CorpusLoader().load(empty)).hasMessageContaining("is empty");
        assertThatThrownBy(() -> new CorpusLoader().load(blank)).hasMessageContaining("only white space");
    }

    @Test
    void refusesBinaryFilesWithNulBytes() throws IOException {
        Path bin = write("image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        assertThatThrownBy(() -> new CorpusLoader().load(bin)).isInstanceOf(CorpusException.class)
                .hasMessageContaining("binary file");
    }

    @Test
    void refusesFilesAboveTheSizeCapAndSaysTheLimit() throws IOException {
        Path big = write("big.txt", "word ".repeat(1000).getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> new CorpusLoader(DocumentFormat.AUTO, 1024).load(big))
                .isInstanceOf(CorpusException.class).hasMessageContaining("4.9 KB").hasMessageContaining("1.0 KB limit");
    }

    @Test
    void refusesUnreadableFile() throws IOException {
        Path p = write("secret.txt", "text".getBytes(StandardCharsets.UTF_8));
        p.toFile().setReadable(false);
        if (Files.isReadable(p)) {
            return; // running as root: permissions do not apply
        }
        assertThatThrownBy(() -> new CorpusLoader().load(p)).isInstanceOf(CorpusException.class)
                .hasMessageContaining("Not allowed to read");
    }

    /** A text with every kind of line break, surrounding white space and blank line the splitter handles. */
    private static String awkward(boolean stanzas) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            b.append("  Le roi \u00e9tait l\u00e0 ").append(i).append("\t\r\n");
            b.append("\u3000second line, caf\u00e9\u2003\r");
            b.append("third \u00a0line\n");
            b.append(stanzas ? "\n \t\n\u3000\r\n" : i % 5 == 0 ? "\r\n" : "");
        }
        return b.toString();
    }

    private void assertStreamedEqualsInMemory(Path file, DocumentFormat format) {
        Corpus memory = new CorpusLoader(format, 1 << 30, Long.MAX_VALUE).load(file);
        Corpus streamed = new CorpusLoader(format, 1 << 30, 0).load(file);
        assertThat(memory.streamed()).isFalse();
        assertThat(streamed.streamed()).isTrue();
        assertThat(streamed.documents()).isEqualTo(memory.documents());
        assertThat(streamed.documents().get(streamed.documents().size() - 1))
                .isEqualTo(memory.documents().get(memory.documents().size() - 1));
        assertThat(streamed.format()).isEqualTo(memory.format());
        assertThat(streamed.encoding()).isEqualTo(memory.encoding());
        assertThat(streamed.replacedChars()).isEqualTo(memory.replacedChars());
        assertThat(streamed.sha256()).isEqualTo(memory.sha256());
        assertThat(streamed.sizeBytes()).isEqualTo(memory.sizeBytes());
        assertThat(streamed.characterCount()).isEqualTo(memory.characterCount());
    }

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void streamedDocumentsEqualTheInMemoryOnesForUtf8WithByteOrderMark(DocumentFormat format) throws IOException {
        for (boolean stanzas : new boolean[] {false, true}) {
            byte[] body = awkward(stanzas).getBytes(StandardCharsets.UTF_8);
            byte[] bytes = new byte[body.length + 3];
            bytes[0] = (byte) 0xEF;
            bytes[1] = (byte) 0xBB;
            bytes[2] = (byte) 0xBF;
            System.arraycopy(body, 0, bytes, 3, body.length);
            Path file = write("bom-" + stanzas + ".txt", bytes);
            assertStreamedEqualsInMemory(file, format);
            assertThat(new CorpusLoader(format, 1 << 30, 0).load(file).encoding()).isEqualTo("UTF-8 (with BOM)");
        }
    }

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void streamedDocumentsEqualTheInMemoryOnesForWindows1252(DocumentFormat format) throws IOException {
        for (boolean stanzas : new boolean[] {false, true}) {
            Path file = write("latin-" + stanzas + ".txt",
                    awkward(stanzas).replace('\u3000', ' ').replace('\u2003', '\u2014')
                            .getBytes(Charset.forName("windows-1252")));
            assertStreamedEqualsInMemory(file, format);
            Corpus streamed = new CorpusLoader(format, 1 << 30, 0).load(file);
            assertThat(streamed.encoding()).isEqualTo("windows-1252");
            assertThat(streamed.replacedChars()).isEqualTo(40 * 5);
        }
    }

    @Test
    void oneBadByteAfterMegabytesOfUtf8MakesTheWholeStreamedFileWindows1252() throws IOException {
        String line = "caf\u00e9 \u2014 a line of verse that goes on\n";
        byte[] good = line.repeat(60_000).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(good, good.length + 2);
        bytes[good.length] = (byte) 0xE9;
        bytes[good.length + 1] = '\n';
        Path file = write("late.txt", bytes);
        assertStreamedEqualsInMemory(file, DocumentFormat.AUTO);
        Corpus streamed = new CorpusLoader(DocumentFormat.AUTO, 1 << 30, 0).load(file);
        assertThat(streamed.encoding()).isEqualTo("windows-1252");
        assertThat(streamed.replacedChars()).isEqualTo(60_000 * 5 + 1);
    }

    @Test
    void aCharacterCutByTheReadBufferIsStillUtf8WhenStreamed() throws IOException {
        byte[] bytes = ("x".repeat((1 << 20) - 1) + "\u20ac and more\n").getBytes(StandardCharsets.UTF_8);
        Path file = write("edge.txt", bytes);
        Corpus streamed = new CorpusLoader(DocumentFormat.AUTO, 1 << 30, 0).load(file);
        assertThat(streamed.encoding()).isEqualTo("UTF-8");
        assertStreamedEqualsInMemory(file, DocumentFormat.AUTO);
    }

    @Test
    void streamedLoadingRefusesBinaryAndBlankFilesLikeTheInMemoryPath() throws IOException {
        CorpusLoader streaming = new CorpusLoader(DocumentFormat.AUTO, 1 << 30, 0);
        Path bin = write("bin.dat", new byte[] {'a', 'b', 0, 'c'});
        Path blank = write("blank.txt", " \n\t\r\n\u3000\n".getBytes(StandardCharsets.UTF_8));
        Path empty = write("empty.txt", new byte[0]);
        assertThatThrownBy(() -> streaming.load(bin)).hasMessageContaining("binary file").hasMessageContaining("byte 2");
        assertThatThrownBy(() -> streaming.load(blank)).hasMessageContaining("only white space");
        assertThatThrownBy(() -> streaming.load(empty)).hasMessageContaining("is empty");
    }

    @Test
    void filesUpToTheStreamingThresholdAreHeldInMemoryAndLargerOnesStreamed() throws IOException {
        Path p = write("q.txt", "one line\nanother line\n".getBytes(StandardCharsets.UTF_8));
        assertThat(new CorpusLoader(DocumentFormat.AUTO, 1 << 20, 22).load(p).streamed()).isFalse();
        assertThat(new CorpusLoader(DocumentFormat.AUTO, 1 << 20, 21).load(p).streamed()).isTrue();
        assertThat(new CorpusLoader().load(p).streamed()).isFalse();
    }

    @Test
    void formatsByteSizesForPeople() {
        assertThat(CorpusLoader.humanBytes(512)).isEqualTo("512 B");
        assertThat(CorpusLoader.humanBytes(1536)).isEqualTo("1.5 KB");
        assertThat(CorpusLoader.humanBytes(64L << 20)).isEqualTo("64.0 MB");
    }
}
