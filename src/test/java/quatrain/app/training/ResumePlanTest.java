package quatrain.app.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import quatrain.core.bundle.TrainingState;
import quatrain.core.spec.Presets;
import quatrain.core.spec.TrainingSpec;

class ResumePlanTest {
    private static final TrainingSpec THIRTY = Presets.get(Presets.QUATRAINS_GRU).training().withEpochs(30);

    private static TrainingState state(int epochsDone, String reason) {
        return new TrainingState(epochsDone, 0, epochsDone * 10L, 60, 3.2, epochsDone, 0, reason);
    }

    @Test
    void aStoppedRunContinuesToTheEpochsItPlanned() {
        assertThat(ResumePlan.training(THIRTY, state(12, "CANCELLED"), 5).epochs()).isEqualTo(30);
        assertThat(ResumePlan.training(THIRTY, state(12, "TIME_LIMIT"), 5).epochs()).isEqualTo(30);
    }

    @Test
    void aModelThatEndedOnItsOwnTrainsAsManyEpochsMoreAsAsked() {
        assertThat(ResumePlan.training(THIRTY, state(30, "COMPLETED"), 5).epochs()).isEqualTo(35);
        assertThat(ResumePlan.training(THIRTY, state(9, "EARLY_STOPPED"), 5).epochs()).isEqualTo(14);
    }

    @Test
    void everythingButTheEpochsStaysAsTheFileHasIt() {
        TrainingSpec resumed = ResumePlan.training(THIRTY.withSeed(7), state(30, "COMPLETED"), 5);
        assertThat(resumed).isEqualTo(THIRTY.withSeed(7).withEpochs(35));
    }
}
