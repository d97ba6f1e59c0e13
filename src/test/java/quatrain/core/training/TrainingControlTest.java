package quatrain.core.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrainingControlTest {
    @Test
    void aStopBeforeTheWorkBeganAbandonsTheRunAndTheTrainerMayNotBegin() {
        TrainingControl control = new TrainingControl();
        assertThat(control.abandonIfNotBegun()).isTrue();
        assertThat(control.isCancelled()).isTrue();
        assertThat(control.begin()).isFalse();
    }

    @Test
    void onceBegunAStopCannotAbandonTheRun() {
        TrainingControl control = new TrainingControl();
        assertThat(control.begin()).isTrue();
        assertThat(control.abandonIfNotBegun()).isFalse();
        assertThat(control.isCancelled()).as("left to the caller: cancel, so the trainer saves").isFalse();
    }

    @Test
    void aCancelBeforeTheWorkBeganDoesNotAbandonIt() {
        TrainingControl control = new TrainingControl();
        control.cancel();
        assertThat(control.begin()).as("the app's Stop: the trainer begins, sees the cancel and saves").isTrue();
    }
}
