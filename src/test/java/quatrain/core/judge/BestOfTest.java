package quatrain.core.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import quatrain.core.generate.NoveltyReport;
import quatrain.core.generate.Quatrain;

class BestOfTest {
    private static Quatrain quatrain(int index, boolean copy) {
        NoveltyReport novelty = new NoveltyReport(copy ? 8 : 2, "", copy ? 0.5 : 0, List.of(),
                List.of(copy, false, false, false));
        return new Quatrain(index, "q" + index, List.of("q" + index), List.of("q"), 1.0, 7, novelty, 1);
    }

    private final List<Quatrain> batch = List.of(quatrain(0, false), quatrain(1, true), quatrain(2, false),
            quatrain(3, false));
    private final double[] scores = {0.2, 0.9, 0.6, 0.6};

    @Test
    void ranksBestFirstAndKeepsTheBatchOrderForEqualScores() {
        assertThat(BestOf.rank(batch, scores)).extracting(r -> r.quatrain().index()).containsExactly(1, 2, 3, 0);
    }

    @Test
    void choosesTheBestAndCanPassOverCopies() {
        assertThat(BestOf.choose(batch, scores, 2, false)).extracting(r -> r.quatrain().index()).containsExactly(1, 2);
        assertThat(BestOf.choose(batch, scores, 2, true)).extracting(r -> r.quatrain().index()).containsExactly(2, 3);
        assertThat(BestOf.choose(batch, scores, 2, true)).extracting(RankedQuatrain::score).containsExactly(0.6, 0.6);
    }

    @Test
    void givesFewerWhenTooManyCopy() {
        List<Quatrain> copies = List.of(quatrain(0, true), quatrain(1, true), quatrain(2, false));
        assertThat(BestOf.choose(copies, new double[] {0.9, 0.8, 0.1}, 2, true)).hasSize(1);
    }

    @Test
    void reportsTheShareOfCopiesChosen() {
        assertThat(BestOf.copiedShare(BestOf.choose(batch, scores, 2, false))).isEqualTo(0.5);
        assertThat(BestOf.copiedShare(List.of())).isNaN();
    }

    @Test
    void refusesScoresThatDoNotMatchTheBatch() {
        assertThatThrownBy(() -> BestOf.rank(batch, new double[3])).isInstanceOf(IllegalArgumentException.class);
    }
}
