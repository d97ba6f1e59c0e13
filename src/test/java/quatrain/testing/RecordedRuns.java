package quatrain.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.Overrides;
import quatrain.core.spec.Preset;
import quatrain.core.spec.Presets;
import quatrain.core.spec.TrainingSpec;
import quatrain.core.training.StopReason;
import quatrain.core.training.TrainingControl;
import quatrain.core.training.TrainingListener;
import quatrain.engine.Trainer;
import quatrain.engine.TrainingRequest;
import quatrain.engine.TrainingResult;
import quatrain.engine.ui.RunRecorder;

/**
 * A training run recorded for the training UI, as the app and {@code quatrain train} record one: a small GRU on
 * a tiny corpus, long enough for the statistics listener (one report per 10 minibatches) to write well over three
 * score points. It is trained once per test JVM and copied into each test's runs folder, under its own id.
 */
public final class RecordedRuns {
    /** The run's id: the time stamp, corpus and preset of {@code RunNames.runId}. */
    public static final String RUN_ID = "20250102-030405-tiny-quatrains-gru";
    /** Score points the tests ask for; the run has about 160 minibatches, so about 16 reports. */
    public static final int MIN_REPORTS = 3;

    private static final Preset GRU = Presets.get(Presets.QUATRAINS_GRU);
    private static Path template;

    private RecordedRuns() {
    }

    /** Copies the recorded run into {@code runsDir} (created if needed); returns the copy. */
    public static Path copyInto(Path runsDir) {
        return copyInto(runsDir, RUN_ID);
    }

    /** Copies the recorded run into {@code runsDir} as the file of {@code runId}; its session keeps its own id. */
    public static Path copyInto(Path runsDir, String runId) {
        try {
            Files.createDirectories(runsDir);
            return Files.copy(template(), runsDir.resolve(runId + RunRecorder.EXTENSION));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized Path template() throws IOException {
        if (template == null) {
            Path dir = Files.createTempDirectory("quatrain-recorded-run");
            dir.toFile().deleteOnExit();
            Path stats = dir.resolve(RUN_ID + RunRecorder.EXTENSION);
            TrainingResult result = train(stats, dir.resolve("tiny.quatrain"));
            if (result.reason() != StopReason.COMPLETED) {
                throw new IllegalStateException("the recorded test run did not complete: " + result.reason());
            }
            stats.toFile().deleteOnExit();
            dir.resolve("tiny.quatrain").toFile().deleteOnExit();
            template = stats;
        }
        return template;
    }

    /** Trains the small GRU for two epochs, recording its statistics in {@code statsFile}. */
    public static TrainingResult train(Path statsFile, Path model) {
        return train(statsFile, model, event -> { }, new TrainingControl());
    }

    /** {@link #train(Path, Path)} with the trainer's events and control in the test's hands (to pause it, say). */
    public static TrainingResult train(Path statsFile, Path model, TrainingListener events, TrainingControl control) {
        ModelSpec spec = Overrides.apply(GRU.model(), Map.of("units", "16", "embeddingSize", "8"));
        TrainingSpec training = Overrides.apply(GRU.training(), Map.of("epochs", "2", "batchSize", "32",
                "learningRate", "0.01", "patience", "0", "sampleEvery", "0", "validationFraction", "0.1"));
        TrainingRequest request = new TrainingRequest(TestCorpora.corpus(120, 5), spec, training, model, null)
                .withStatsFile(statsFile);
        return new Trainer().train(request, events, control);
    }
}
