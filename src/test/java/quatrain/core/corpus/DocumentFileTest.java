package quatrain.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentFileTest {
    @TempDir
    Path dir;

    private Corpus streamed(String text) throws IOException {
        Path file = dir.resolve("stanzas.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return new CorpusLoader(DocumentFormat.AUTO, 1 << 30, 0).load(file);
    }

    private static String stanzas(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append("stanza ").append(i).append(" line one\n  line two \u00e9\n\n");
        }
        return b.toString();
    }

    @Test
    void indexedReadsEqualTheReadsInFileOrder() throws IOException {
        Corpus c = streamed(stanzas(5000));
        List<String> inOrder = new ArrayList<>(c.documents());
        assertThat(inOrder).hasSize(5000);
        for (int i : new int[] {4999, 0, 2500, 17}) {
            assertThat(c.documents().get(i)).isEqualTo(inOrder.get(i)).isEqualTo("stanza " + i + " line one\nline two \u00e9");
        }
        assertThatThrownBy(() -> c.documents().get(5000)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aFileChangedAfterLoadingIsReportedInsteadOfReadWrong() throws IOException {
        Corpus c = streamed(stanzas(10));
        Files.writeString(dir.resolve("stanzas.txt"), "more\n", StandardOpenOption.APPEND);
        assertThatThrownBy(() -> c.documents().iterator()).isInstanceOf(CorpusException.class)
                .hasMessageContaining("changed on disk");
        assertThatThrownBy(() -> c.documents().get(0)).isInstanceOf(CorpusException.class);
    }

    @Test
    void isImmutableAndDescribesItselfWithoutReadingTheFile() throws IOException {
        Corpus c = streamed(stanzas(3));
        assertThatThrownBy(() -> c.documents().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(c.documents().toString()).isEqualTo("[3 documents read from \"stanzas.txt\" as needed]");
    }

    @Test
    void corporaReadAsNeededCompareAndHashWithoutReadingTheFile() throws IOException {
        Corpus a = streamed(stanzas(20));
        Corpus b = new CorpusLoader(DocumentFormat.AUTO, 1 << 30, 0).load(dir.resolve("stanzas.txt"));
        Corpus inMemory = new CorpusLoader().load(dir.resolve("stanzas.txt"));
        Files.writeString(dir.resolve("stanzas.txt"), "reading now would fail\n", StandardOpenOption.APPEND);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isEqualTo(inMemory).hasSameHashCodeAs(inMemory);
        assertThat(a).isNotEqualTo(new CorpusLoader().fromText("other.txt", stanzas(20)));
    }
}
