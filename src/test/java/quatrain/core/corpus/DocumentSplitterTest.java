package quatrain.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class DocumentSplitterTest {
    private static final String TEXT = "  one a \t\none b\n\n \t\n\u3000\ntwo a\ntwo b\n\nthree\n";

    @Test
    void linesAreStrippedNonBlankLines() {
        assertThat(DocumentSplitter.split(TEXT, DocumentFormat.LINES))
                .containsExactly("one a", "one b", "two a", "two b", "three");
    }

    @Test
    void stanzasAreBlocksThatLinesOfWhiteSpaceEnd() {
        assertThat(DocumentSplitter.split(TEXT, DocumentFormat.STANZAS))
                .containsExactly("one a\none b", "two a\ntwo b", "three");
    }

    /** How an executor feeds it: blocks between two line breaks in a row, each followed by end(). */
    @Test
    void piecesCutAtBlankLinesGiveTheSameDocumentsAsTheWholeText() {
        String crlf = TEXT.replace("\n", "\r\n");
        for (DocumentFormat format : new DocumentFormat[] {DocumentFormat.LINES, DocumentFormat.STANZAS}) {
            List<String> docs = new ArrayList<>();
            DocumentSplitter splitter = new DocumentSplitter(format, docs::add);
            for (String piece : crlf.split("\r\n\r\n", -1)) {
                splitter.text(piece);
                splitter.end();
            }
            assertThat(docs).as(format.name()).isEqualTo(DocumentSplitter.split(TEXT, format));
        }
    }

    @Test
    void aBlockContinuesIntoTheNextPieceUntilEnd() {
        List<String> docs = new ArrayList<>();
        DocumentSplitter splitter = new DocumentSplitter(DocumentFormat.STANZAS, docs::add);
        splitter.line("first");
        splitter.text("second\rthird");
        assertThat(docs).isEmpty();
        splitter.end();
        assertThat(docs).containsExactly("first\nsecond\nthird");
    }

    @Test
    void detectsStanzasWhenMostBlocksHaveSeveralLines() {
        assertThat(DocumentSplitter.detect(TEXT)).isEqualTo(DocumentFormat.STANZAS);
        assertThat(DocumentSplitter.detect("a\nb\nc\n")).isEqualTo(DocumentFormat.LINES);
        assertThat(DocumentSplitter.detect("a\n\nb\n\nc d\ne\n")).isEqualTo(DocumentFormat.LINES);
    }

    @Test
    void needsADecidedFormat() {
        assertThatThrownBy(() -> new DocumentSplitter(DocumentFormat.AUTO, d -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
