package quatrain.core.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class OverfitWatchTest {
    private static EpochStats e(int epoch, double train, double val) {
        return new EpochStats(epoch, epoch, train, val, 0.1, Math.exp(val), 1, 1, epoch, 0.01, 0);
    }

    @Test
    void warnsWhenValidationRisesWhileTrainingFallsForSeveralEpochs() {
        List<EpochStats> h = List.of(e(1, 5, 5), e(2, 4, 4.5), e(3, 3.5, 4.6), e(4, 3, 4.7), e(5, 2.5, 4.9));
        assertThat(OverfitWatch.check(h, 3)).hasValueSatisfying(m -> assertThat(m).contains("Overfitting"));
    }

    @Test
    void staysQuietWhileValidationImprovesOrTooFewEpochs() {
        assertThat(OverfitWatch.check(List.of(e(1, 5, 5), e(2, 4, 4.5), e(3, 3.5, 4.6), e(4, 3, 4.4), e(5, 2.5, 4.5)), 3))
                .isEmpty();
        assertThat(OverfitWatch.check(List.of(e(1, 5, 5), e(2, 4, 5.5)), 3)).isEmpty();
    }
}
