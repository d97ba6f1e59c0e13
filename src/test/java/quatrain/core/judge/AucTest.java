package quatrain.core.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AucTest {
    @Test
    void isOneWhenEveryPositiveScoresAboveEveryNegative() {
        assertThat(Auc.of(new double[] {0.9, 0.8}, new double[] {0.1, 0.2, 0.3})).isEqualTo(1.0);
    }

    @Test
    void isZeroWhenEveryPositiveScoresBelow() {
        assertThat(Auc.of(new double[] {0.1}, new double[] {0.5, 0.6})).isEqualTo(0.0);
    }

    @Test
    void countsTiesAsHalf() {
        assertThat(Auc.of(new double[] {0.5, 0.5}, new double[] {0.5})).isEqualTo(0.5);
    }

    @Test
    void countsPairsByHand() {
        // 0.8 beats all three negatives; 0.4 beats 0.2 and ties 0.4: 3 + 1.5 of 6 pairs
        assertThat(Auc.of(new double[] {0.8, 0.4}, new double[] {0.6, 0.4, 0.2})).isCloseTo(4.5 / 6, within(1e-12));
    }

    @Test
    void isNaNWithoutOneOfTheKinds() {
        assertThat(Auc.of(new double[0], new double[] {1})).isNaN();
        assertThat(Auc.of(new double[] {1}, new double[0])).isNaN();
    }
}
