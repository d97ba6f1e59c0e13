package quatrain.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenStreamTest {
    @TempDir
    Path dir;

    private static final List<int[]> DOCS = List.of(new int[] {1, 7, 8, 2}, new int[] {1, 2}, new int[] {1, 9, 9, 9, 2});

    private TokenStream write(int vocabularySize, TokenStorage storage, List<int[]> docs) {
        TokenStream.Writer w = new TokenStream.Writer(vocabularySize, storage);
        docs.forEach(w::add);
        return w.finish();
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void laysDocumentsEndToEndAndKnowsWhereEachStarts() {
        TokenStream s = TokenStream.of(DOCS);
        assertThat(s.inFile()).isFalse();
        assertThat(s.documents()).isEqualTo(3);
        assertThat(s.size()).isEqualTo(11);
        assertThat(s.start(1)).isEqualTo(4);
        assertThat(s.length(2)).isEqualTo(5);
        assertThat(s.get(5)).isEqualTo(2);
        assertThat(s.asDocuments()).containsExactlyElementsOf(DOCS);
    }

    @Test
    void spillsToAMappedFileBeyondTheHeapLimitAndReadsTheSameIds() throws IOException {
        try (TokenStream s = write(10, new TokenStorage(5, dir), DOCS)) {
            assertThat(s.inFile()).isTrue();
            assertThat(s.asDocuments()).containsExactlyElementsOf(DOCS);
            assertThat(s.get(10)).isEqualTo(2);
            assertThat(s.start(2)).isEqualTo(6);
        }
        assertThat(files()).isEmpty();
    }

    @Test
    void storesIdsInOneTwoOrFourBytesAsTheVocabularyNeeds() {
        for (int vocabulary : new int[] {256, 65_536, 70_000}) {
            int top = vocabulary - 1;
            List<int[]> docs = List.of(new int[] {1, top, 0, 128, 255, 2}, new int[] {1, top - 1, 2});
            try (TokenStream s = write(vocabulary, TokenStorage.inFiles(dir), docs)) {
                assertThat(s.asDocuments()).as("vocabulary %d", vocabulary).containsExactlyElementsOf(docs);
            }
        }
        assertThat(TokenFile.width(256)).isEqualTo(1);
        assertThat(TokenFile.width(257)).isEqualTo(2);
        assertThat(TokenFile.width(65_536)).isEqualTo(2);
        assertThat(TokenFile.width(65_537)).isEqualTo(4);
    }

    @Test
    void theMappedFileIsGoneOnceClosedAndTheIdsStayReadable() throws IOException {
        TokenStream s = write(10, TokenStorage.inFiles(dir), DOCS);
        Path file = s.filePath();
        assertThat(file == null || Files.exists(file)).as("deleted once mapped where the system allows it").isTrue();
        s.close();
        assertThat(s.filePath()).isNull();
        assertThat(files()).isEmpty();
        assertThat(s.document(2)).containsExactly(1, 9, 9, 9, 2);
    }

    @Test
    void anEmptyStreamInAFileHasNoDocuments() throws IOException {
        try (TokenStream s = write(10, TokenStorage.inFiles(dir), List.of())) {
            assertThat(s.documents()).isZero();
            assertThat(s.size()).isZero();
        }
        assertThat(files()).isEmpty();
    }
}
