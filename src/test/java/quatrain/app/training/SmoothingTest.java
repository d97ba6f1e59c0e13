package quatrain.app.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SmoothingTest {

    @Test
    void debiasedEmaMatchesTensorBoardsFormula() {
        double[] s = Smoothing.debiasedEma(new double[] {1, 2, 3}, 0.5);
        // ema: 0.5, 1.25, 2.125; debiased by 1 - 0.5^t: 0.5, 0.75, 0.875
        assertThat(s[0]).isCloseTo(1.0, within(1e-12));
        assertThat(s[1]).isCloseTo(5.0 / 3, within(1e-12));
        assertThat(s[2]).isCloseTo(17.0 / 7, within(1e-12));
    }

    @Test
    void firstSmoothedValueEqualsTheFirstValueWhateverTheWeight() {
        assertThat(Smoothing.debiasedEma(new double[] {4.2, 0}, 0.99)[0]).isCloseTo(4.2, within(1e-12));
    }

    @Test
    void weightZeroLeavesTheSeriesUnchanged() {
        assertThat(Smoothing.debiasedEma(new double[] {3, 1, 2}, 0)).containsExactly(3, 1, 2);
    }

    @Test
    void nonFiniteValuesPassThroughWithoutEnteringTheAverage() {
        double[] s = Smoothing.debiasedEma(new double[] {2, Double.NaN, 4}, 0.5);
        assertThat(s[1]).isNaN();
        assertThat(s[2]).isCloseTo((0.5 * 1 + 2) / 0.75, within(1e-12));
    }

    @Test
    void rejectsAWeightOutsideZeroTo099() {
        assertThatThrownBy(() -> Smoothing.debiasedEma(new double[] {1}, 1.0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Smoothing.debiasedEma(new double[] {1}, -0.1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
