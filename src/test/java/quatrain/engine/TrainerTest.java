package quatrain.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quatrain.core.QuatrainException;
import quatrain.core.corpus.Corpus;
import quatrain.core.corpus.CorpusLoader;
import quatrain.core.corpus.DocumentFormat;
import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.Overrides;
import quatrain.core.spec.Preset;
import quatrain.core.spec.Presets;
import quatrain.core.spec.TrainingSpec;
import quatrain.core.training.EpochStats;
import quatrain.core.training.StopReason;
import quatrain.core.training.TrainingControl;
import quatrain.core.training.TrainingEvent;
import quatrain.core.training.TrainingListener;
import quatrain.engine.bundle.BundleIO;
import quatrain.engine.bundle.BundleInfo;
import quatrain.testing.TestCorpora;

class TrainerTest {
    @TempDir
    Path dir;

    private static final Preset GRU = Presets.get(Presets.QUATRAINS_GRU);
    static final ModelSpec SMALL_GRU = Overrides.apply(GRU.model(), Map.of("units", "32", "embeddingSize", "16"));
    static final TrainingSpec FAST = Overrides.apply(GRU.training(),
            Map.of("batchSize", "64", "learningRate", "0.01", "patience", "0", "sampleEvery", "0", "validationFraction", "0.1"));
    private static final Corpus CORPUS = TestCorpora.corpus(120, 5);

    private final List<TrainingEvent> events = new ArrayList<>();
    private final TrainingListener record = events::add;

    @Test
    void lossFallsOnATinyCorpusAndEveryEpochIsCheckpointed() {
        Path out = dir.resolve("tiny.quatrain");
        TrainingResult result = new Trainer().train(new TrainingRequest(CORPUS, SMALL_GRU, FAST.withEpochs(4), out, null),
                record, new TrainingControl());
        assertThat(result.reason()).isEqualTo(StopReason.COMPLETED);
        List<EpochStats> h = result.history();
        assertThat(h).hasSize(4);
        assertThat(h.get(3).trainLoss()).isLessThan(h.get(0).trainLoss() * 0.8);
        assertThat(h.get(3).valLoss()).isLessThan(h.get(0).valLoss());
        assertThat(h.get(3).valAccuracy()).isGreaterThan(0.2);
        assertThat(h.get(3).perplexity()).isCloseTo(Math.exp(h.get(3).valLoss()), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(events).filteredOn(TrainingEvent.Checkpoint.class::isInstance).hasSize(5);
        assertThat(events.get(0)).isInstanceOf(TrainingEvent.Started.class);
        assertThat(events.get(events.size() - 1)).isInstanceOf(TrainingEvent.Finished.class);
        BundleInfo info = BundleIO.readInfo(out);
        assertThat(info.history()).hasSize(4);
        assertThat(info.state().epochsDone()).isEqualTo(4);
        assertThat(info.manifest().corpus().sha256()).isEqualTo(CORPUS.sha256());
    }

    @Test
    void resumeContinuesTheEpochCountAndMatchesAnUninterruptedRun() {
        Path straight = dir.resolve("straight.quatrain");
        new Trainer().train(new TrainingRequest(CORPUS, SMALL_GRU, FAST.withEpochs(3), straight, null), record,
                new TrainingControl());
        Path split = dir.resolve("split.quatrain");
        new Trainer().train(new TrainingRequest(CORPUS, SMALL_GRU, FAST.withEpochs(2), split, null), record,
                new TrainingControl());
        TrainingResult resumed = new Trainer().train(new TrainingRequest(CORPUS, null, FAST.withEpochs(3), split, split),
                record, new TrainingControl());
        assertThat(resumed.history()).extracting(EpochStats::epoch).containsExactly(1, 2, 3);
        EpochStats a = BundleIO.readInfo(straight).history().get(2);
        EpochStats b = resumed.history().get(2);
        assertThat(b.trainLoss()).isCloseTo(a.trainLoss(), org.assertj.core.data.Offset.offset(1e-4));
        assertThat(b.valLoss()).isCloseTo(a.valLoss(), org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void resumeRefusesAModelWhoseVocabularyDoesNotMatchTheCorpus() {
        Path out = dir.resolve("a.quatrain");
        new Trainer().train(new TrainingRequest(CORPUS, SMALL_GRU, FAST.withEpochs(1), out, null), record,
                new TrainingControl());
        Corpus other = new quatrain.core.corpus.CorpusLoader().fromText("other.txt",
                TestCorpora.stanzas(120, 5).replace("king", "emperor"));
        assertThatThrownBy(() -> new Trainer().train(new TrainingRequest(other, null, FAST.withEpochs(2), out, out),
                record, new TrainingControl())).isInstanceOf(QuatrainException.class)
                .hasMessageContaining("does not match the corpus");
    }

    @Test
    void cancelStopsBetweenMinibatchesAndSavesWhereItStopped() {
        Path out = dir.resolve("cancel.quatrain");
        TrainingControl control = new TrainingControl();
        TrainingListener cancelAtThirdBatch = e -> {
            events.add(e);
            if (e instanceof TrainingEvent.BatchEnd b && b.epoch() == 2 && b.batch() == 3) {
                control.cancel();
            }
        };
        TrainingResult r = new Trainer().train(new TrainingRequest(CORPUS, SMALL_GRU, FAST.withEpochs(5), out, null),
                cancelAtThirdBatch, control);
        assertThat(r.reason()).isEqualTo(StopReason.CANCELLED);
        assertThat(events).filteredOn(TrainingEvent.BatchEnd.class::isInstance).last()
                .satisfies(e -> assertThat(((TrainingEvent.BatchEnd) e).batch()).isEqualTo(3));
        BundleInfo info = BundleIO.readInfo(out);
        assertThat(info.state().epochsDone()).isEqualTo(1);
        assertThat(info.state().batchesIntoEpoch()).isEqualTo(3);
        assertThat(info.state().stopReason()).isEqualTo("CANCELLED");
        TrainingResult resumed = new Trainer().train(new TrainingRequest(CORPUS, null, FAST.withEpochs(2), out, out),
                record, new TrainingControl());
        assertThat(resumed.reason()).isEqualTo(StopReason.COMPLETED);
        assertThat(resumed.history()).extracting(EpochStats::epoch).containsExactly(1, 2);
    }

    @Test
    void aStopDuringTheLastMinibatchOfTheLastEpochEndsTheRunAsStoppedNotCompleted() {
        Path out = dir.resolve("late-stop.quatrain");
        TrainingControl control = new TrainingControl();
        TrainingListener stopAtTheLastBatch = e -> {
            events.add(e);
            if (e instanceof TrainingEvent.BatchEnd b && b.epoch() == 2 && b.batch() == b.batchesPerEpoch()) {
                control.cancel();
            }
        };
        TrainingResult r = new Trainer().train(new TrainingRequest(CORPUS, SMALL_GRU, FAST.withEpochs(2), out, null),
                stopAtTheLastBatch, control);
        assertThat(r.reason()).isEqualTo(StopReason.CANCELLED);
        assertThat(events.get(events.size() - 1)).isInstanceOfSatisfying(TrainingEvent.Finished.class, f -> {
            assertThat(f.reason()).isEqualTo(StopReason.CANCELLED);
            assertThat(f.epochsDone()).isEqualTo(2);
            assertThat(f.file()).isEqualTo(out);
        });
    }

    @Test
    void aRunStoppedBeforeItBeganNamesNoModelFile() {
        Path out = dir.resolve("never.quatrain");
        TrainingControl control = new TrainingControl();
        control.abandonIfNotBegun(); // the app's Stop while the corpus is still being prepared
        TrainingResult r = new Trainer().train(new TrainingRequest(CORPUS, SMALL_GRU, FAST.withEpochs(2), out, null),
                record, control);
        assertThat(r.reason()).isEqualTo(StopReason.CANCELLED);
        assertThat(out).doesNotExist();
        assertThat(events.get(events.size() - 1)).isInstanceOfSatisfying(TrainingEvent.Finished.class,
                f -> assertThat(f.file()).isNull());
    }

    @Test
    void earlyStoppingEndsTrainingWhenValidationStopsImproving() {
        TrainingSpec overfit = Overrides.apply(FAST, Map.of("patience", "1", "learningRate", "0.2", "epochs", "30"));
        TrainingResult r = new Trainer().train(new TrainingRequest(CORPUS, SMALL_GRU, overfit, dir.resolve("es.quatrain"),
                null), record, new TrainingControl());
        assertThat(r.reason()).isEqualTo(StopReason.EARLY_STOPPED);
        assertThat(r.history().size()).isLessThan(30);
    }

    @Test
    void samplesAtTheSeedsFourTemperaturesWhenAsked() {
        TrainingSpec sampling = Overrides.apply(FAST, Map.of("sampleEvery", "1", "epochs", "1"));
        new Trainer().train(new TrainingRequest(CORPUS, SMALL_GRU, sampling, dir.resolve("s.quatrain"), null), record,
                new TrainingControl());
        assertThat(events).filteredOn(TrainingEvent.Sample.class::isInstance)
                .extracting(e -> ((TrainingEvent.Sample) e).temperature()).containsExactly(0.2, 0.5, 1.0, 1.2);
    }

    @Test
    void everyStepCharacterModelLearnsAndScoresPerCharacter() {
        Preset chars = Presets.get(Presets.CHARS_LSTM);
        ModelSpec spec = Overrides.apply(chars.model(), Map.of("units", "32", "sequenceLength", "24", "windowStep",
                "24", "everyStep", "true", "layers", "2"));
        TrainingSpec t = Overrides.apply(chars.training(), Map.of("epochs", "4", "batchSize", "16", "sampleEvery", "0",
                "patience", "0", "optimizer", "ADAM", "learningRate", "0.01", "schedule", "COSINE"));
        Path out = dir.resolve("chars.quatrain");
        TrainingResult r = new Trainer().train(new TrainingRequest(CORPUS, spec, t, out, null), record,
                new TrainingControl());
        List<EpochStats> h = r.history();
        assertThat(h.get(3).trainLoss()).isLessThan(h.get(0).trainLoss());
        double uniform = Math.log(BundleIO.readInfo(out).vocabularySize());
        assertThat(h.get(3).valLoss()).as("nats per character, well below guessing").isLessThan(uniform - 0.3);
        assertThat(h.get(3).learningRate()).as("the cosine schedule's rate at the end, a tenth of the start")
                .isLessThan(h.get(0).learningRate()).isCloseTo(0.001, org.assertj.core.data.Offset.offset(0.0003));
        assertThat(h.get(3).trainLoss()).as("per character too, like the validation loss")
                .isCloseTo(h.get(3).valLoss(), org.assertj.core.data.Offset.offset(1.0));
        EvaluationReport report = Evaluator.evaluate(TrainedModel.open(out), CORPUS);
        assertThat(report.crossEntropy()).isLessThan(uniform - 0.3);
        assertThat(report.tokensEvaluated()).as("every character scored").isGreaterThan(CORPUS.characterCount() / 2);
        assertThat(TrainedModel.open(out).generator().generateOne(quatrain.core.spec.SamplingSpec.defaults(), 0).text())
                .isNotBlank();
    }

    @Test
    void aCorpusReadFromItsFileAsNeededTrainsLikeTheSameTextInMemory() throws IOException {
        Path text = dir.resolve("tiny.txt");
        Files.writeString(text, TestCorpora.stanzas(120, 5));
        Corpus memory = new CorpusLoader().load(text);
        Corpus streamed = new CorpusLoader(DocumentFormat.AUTO, 1 << 30, 0).load(text);
        assertThat(streamed.streamed()).isTrue();
        TrainingResult a = new Trainer().train(new TrainingRequest(memory, SMALL_GRU, FAST.withEpochs(1),
                dir.resolve("memory.quatrain"), null), record, new TrainingControl());
        TrainingResult b = new Trainer().train(new TrainingRequest(streamed, SMALL_GRU, FAST.withEpochs(1),
                dir.resolve("streamed.quatrain"), null), record, new TrainingControl());
        assertThat(b.history().get(0).trainLoss()).isCloseTo(a.history().get(0).trainLoss(),
                org.assertj.core.data.Offset.offset(1e-6));
        assertThat(b.history().get(0).valLoss()).isCloseTo(a.history().get(0).valLoss(),
                org.assertj.core.data.Offset.offset(1e-6));
        BundleInfo info = BundleIO.readInfo(dir.resolve("streamed.quatrain"));
        assertThat(info.manifest().corpus().sha256()).isEqualTo(memory.sha256());
        assertThat(info.hasCorpus()).isTrue();
        assertThat(TrainedModel.open(dir.resolve("streamed.quatrain")).novelty()).isNotNull();
    }
}
