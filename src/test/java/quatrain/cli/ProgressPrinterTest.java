package quatrain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import quatrain.core.training.TrainingEvent;

class ProgressPrinterTest {
    private static final int BATCHES = 200;

    @Test
    void theFirstEtaWaitsForTimedMinibatchesAndThenFollowsTheirMedian() {
        StringWriter out = new StringWriter();
        ProgressPrinter printer = new ProgressPrinter(new PrintWriter(out), true);
        printer.onEvent(new TrainingEvent.Started("CPU", 1000, 50, 1000, BATCHES, 1, 2));
        // The first minibatch warms up for 2.8 s; the others take 0.12 s: 2 epochs are under a minute.
        double elapsed = 2.8;
        for (int b = 1; b <= BATCHES; b++) {
            printer.onEvent(new TrainingEvent.BatchEnd(1, b, BATCHES, b, 3.0, 1000, elapsed));
            elapsed += 0.12;
        }
        String[] draws = out.toString().split("\r");
        String first = draws[1];
        String epochEnd = draws[draws.length - 1];
        assertThat(first).startsWith("epoch 1/2 [").contains("1/200").contains("ETA " + ProgressPrinter.NO_ETA);
        assertThat(epochEnd).contains("200/200").contains("ETA 0:24"); // 200 minibatches left at 0.12 s
    }
}
