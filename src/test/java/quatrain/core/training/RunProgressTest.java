package quatrain.core.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RunProgressTest {
    private final RunProgress progress = new RunProgress();

    private static TrainingEvent.BatchEnd batch(int epoch, int b, double elapsed) {
        return new TrainingEvent.BatchEnd(epoch, b, 10, (long) (epoch - 1) * 10 + b, 2.5, 1000, elapsed);
    }

    @Test
    void itKnowsThePlanTheShareDoneAndTheTimeLeftOnceEnoughMinibatchesWereTimed() {
        assertThat(progress.summary()).isEmpty();
        progress.accept(new TrainingEvent.Started("CPU", 1000, 50, 100, 10, 3, 4));
        assertThat(progress.firstEpoch()).isEqualTo(3);
        assertThat(progress.lastEpoch()).isEqualTo(4);
        for (int b = 1; b <= 7; b++) {
            progress.accept(batch(3, b, 5 + 2.0 * (b - 1)));
        }
        assertThat(progress.fraction()).isCloseTo(7 / 20.0, within(1e-12));
        assertThat(progress.summary()).isEqualTo("epoch 3/4 · batch 7/10 · loss 2.500");
        assertThat(progress.secondsLeft().getAsDouble()).isCloseTo(13 * 2.0, within(1e-9));
        assertThat(progress.allBatchesDone()).isFalse();
    }

    @Test
    void aNewRunStartsAfresh() {
        progress.accept(new TrainingEvent.Started("CPU", 1000, 50, 100, 10, 1, 1));
        progress.accept(batch(1, 10, 3));
        assertThat(progress.allBatchesDone()).isTrue();
        progress.accept(new TrainingEvent.Started("CPU", 1000, 50, 100, 10, 1, 2));
        assertThat(progress.lastBatch()).isEmpty();
        assertThat(progress.fraction()).isZero();
        assertThat(progress.secondsLeft()).isEmpty();
    }
}
