package quatrain.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import quatrain.core.corpus.Corpus;
import quatrain.core.corpus.DocumentFormat;
import quatrain.testing.TestCorpora;

class TrainingSamplesTest {
    @Test
    void aSmallCorpusTravelsInTheModelFileWithoutAWarning() {
        Corpus small = TestCorpora.corpus(10, 1);
        assertThat(TrainingSamples.documentsToKeep(small)).isEqualTo(small.documents());
        assertThat(TrainingSamples.notKeptWarning(small)).isEmpty();
    }

    @Test
    void aCorpusBeyondTheKeptSizeIsLeftOutAndTheWarningSaysWhatThatCosts() {
        String huge = "x".repeat((int) TrainingSamples.MAX_KEPT_CHARACTERS + 1);
        Corpus big = new Corpus("big.txt", huge.length(), "0".repeat(64), "UTF-8", 0, DocumentFormat.LINES, List.of(huge));
        assertThat(TrainingSamples.documentsToKeep(big)).isEmpty();
        assertThat(TrainingSamples.notKeptWarning(big)).hasValueSatisfying(w -> assertThat(w.message())
                .contains("too large to keep inside the model file").contains("not checked for lines copied"));
    }
}
