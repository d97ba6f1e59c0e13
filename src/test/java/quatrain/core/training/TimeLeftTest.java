package quatrain.core.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalDouble;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TimeLeftTest {
    private static final int BATCHES = 200;
    private final TimeLeft timeLeft = new TimeLeft();

    @BeforeEach
    void start() {
        timeLeft.started(new TrainingEvent.Started("CPU", 1000, 50, 1000, BATCHES, 1, 2));
    }

    private OptionalDouble batch(int epoch, int batch, double elapsed) {
        return timeLeft.batch(new TrainingEvent.BatchEnd(epoch, batch, BATCHES, (long) (epoch - 1) * BATCHES + batch,
                3.0, 1000, elapsed));
    }

    @Test
    void noEstimateUntilFiveMinibatchesAfterTheFirstWereTimed() {
        assertThat(batch(1, 1, 3.0)).isEmpty();
        for (int b = 2; b <= TimeLeft.MIN_TIMED; b++) {
            assertThat(batch(1, b, 3.0 + 0.1 * (b - 1))).as("minibatch %d", b).isEmpty();
        }
        assertThat(batch(1, TimeLeft.MIN_TIMED + 1, 3.0 + 0.1 * TimeLeft.MIN_TIMED)).isPresent();
    }

    @Test
    void theSlowFirstMinibatchDoesNotMakeASecondsLongJobLookMinutesLong() {
        // As in the issue: the first minibatch (warm-up) takes seconds, the others a tenth of a second; 400 in all.
        double elapsed = 2.8;
        batch(1, 1, elapsed);
        OptionalDouble left = OptionalDouble.empty();
        for (int b = 2; b <= 7; b++) {
            elapsed += 0.1;
            left = batch(1, b, elapsed);
        }
        assertThat(left.getAsDouble()).isCloseTo((2 * BATCHES - 7) * 0.1, within(1e-9));
    }

    @Test
    void theMedianIsNotSwayedByOneSlowMinibatch() {
        double elapsed = 1;
        batch(1, 1, elapsed);
        OptionalDouble left = OptionalDouble.empty();
        for (int b = 2; b <= 12; b++) {
            elapsed += b == 6 ? 5.0 : 0.1; // the machine was busy once
            left = batch(1, b, elapsed);
        }
        assertThat(left.getAsDouble()).isCloseTo((2 * BATCHES - 12) * 0.1, within(1e-9));
    }

    @Test
    void theEpochEndsPauseIsCountedForEveryEpochEndLeft() {
        double elapsed = 1;
        for (int b = 1; b <= BATCHES; b++) {
            elapsed += 0.1;
            batch(1, b, elapsed);
        }
        elapsed += 4.0 + 0.1; // validation and checkpoint, then the first minibatch of epoch 2
        OptionalDouble left = batch(2, 1, elapsed);
        assertThat(left.getAsDouble()).isCloseTo((BATCHES - 1) * 0.1 + 4.0, within(1e-9));
    }
}
