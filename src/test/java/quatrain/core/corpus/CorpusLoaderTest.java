package quatrain.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void formatsByteSizesForPeople() {
        assertThat(CorpusLoader.humanBytes(512)).isEqualTo("512 B");
        assertThat(CorpusLoader.humanBytes(1536)).isEqualTo("1.5 KB");
        assertThat(CorpusLoader.humanBytes(64L << 20)).isEqualTo("64.0 MB");
    }
}
