package quatrain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import quatrain.core.bundle.TrainingState;
import quatrain.core.training.StopReason;
import quatrain.engine.TrainingResult;
import quatrain.launch.StopSignal;

class SaveReportTest {
    private static TrainingResult result(StopReason reason, int epochs, int batches, double best) {
        return new TrainingResult(Path.of("poems.quatrain"), reason, List.of(),
                new TrainingState(epochs, batches, 100, 12.0, best, epochs, 0, reason.name()));
    }

    @Test
    void aTimeLimitInsideTheFirstEpochSaysNoValidationRanNotNaN() {
        assertThat(SaveReport.saved(result(StopReason.TIME_LIMIT, 0, 17, Double.NaN), 1467))
                .isEqualTo("saved poems.quatrain (time limit reached after minibatch 17 of 1,467 in epoch 1;"
                        + " no validation has run yet)")
                .doesNotContain("NaN");
    }

    @Test
    void aFinishedRunGivesItsEpochsAndBestValidationLoss() {
        assertThat(SaveReport.saved(result(StopReason.COMPLETED, 5, 0, 1.23456), 40))
                .isEqualTo("saved poems.quatrain (all epochs done; 5 epochs, best validation loss 1.2346)");
        assertThat(SaveReport.saved(result(StopReason.COMPLETED, 1, 0, 1.23456), 40))
                .isEqualTo("saved poems.quatrain (all epochs done; 1 epoch, best validation loss 1.2346)");
    }

    @Test
    void aStopSaysTheSignalTheFileWhereAndHowToGoOn() {
        assertThat(SaveReport.stopped(StopSignal.INT, result(StopReason.CANCELLED, 1, 17, 2.0), 40,
                "quatrain train --resume poems.quatrain"))
                .isEqualTo("stopped by SIGINT: saved poems.quatrain after minibatch 17 of 40 in epoch 2;"
                        + " continue with: quatrain train --resume poems.quatrain");
        assertThat(SaveReport.where(new TrainingState(3, 0, 120, 1, 1, 3, 0, "CANCELLED"), 40))
                .isEqualTo("at the end of epoch 3");
    }

    @Test
    void pathsAreQuotedForTheShellWhenTheyNeedIt() {
        assertThat(SaveReport.shellWord("/home/ann/poems.quatrain")).isEqualTo("/home/ann/poems.quatrain");
        assertThat(SaveReport.shellWord("/home/ann/my poems.txt")).isEqualTo("'/home/ann/my poems.txt'");
        assertThat(SaveReport.shellWord("l'été.txt")).isEqualTo("'l'\\''été.txt'");
    }
}
