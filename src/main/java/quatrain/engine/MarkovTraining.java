package quatrain.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import quatrain.core.bundle.CorpusInfo;
import quatrain.core.bundle.TrainingState;
import quatrain.core.generate.Truecaser;
import quatrain.core.markov.MarkovModel;
import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.TrainingSpec;
import quatrain.core.text.CorpusRequirements;
import quatrain.core.text.TokenizedCorpus;
import quatrain.core.training.EpochStats;
import quatrain.core.training.StopReason;
import quatrain.core.training.TrainingControl;
import quatrain.core.training.TrainingEvent;
import quatrain.core.training.TrainingListener;
import quatrain.engine.bundle.BundleIO;
import quatrain.engine.bundle.ModelBundle;

/**
 * Counts a Markov chain in one pass and saves it like any other model (one "epoch" in the history). A stop
 * while it counts abandons the run ({@link TrainingControl#abandonIfNotBegun}); once it saves, the save finishes.
 */
final class MarkovTraining {
    private final TrainingRequest request;
    private final TrainingListener listener;
    private final TrainingControl control;

    MarkovTraining(TrainingRequest request, TrainingListener listener, TrainingControl control) {
        this.request = request;
        this.listener = listener;
        this.control = control;
    }

    TrainingResult run() {
        ModelSpec spec = request.model();
        TrainingSpec training = request.training();
        long start = System.nanoTime();
        try (TokenizedCorpus data = TokenizedCorpus.prepare(request.corpus(), spec, training)) {
            return train(data, start);
        }
    }

    private TrainingResult train(TokenizedCorpus data, long start) {
        ModelSpec spec = request.model();
        TrainingSpec training = request.training();
        CorpusRequirements.check(data, spec);
        listener.onEvent(new TrainingEvent.Started("CPU · Markov chain", 0, data.vocabulary().size(),
                data.trainTokens(), 1, 1, 1));
        TrainingSamples.notKeptWarning(request.corpus()).ifPresent(listener::onEvent);
        MarkovModel chain = MarkovModel.train(data.train(), data.vocabulary(), spec);
        double trainLoss = chain.crossEntropy(data.train());
        double valLoss = data.validation().isEmpty() ? Double.NaN : chain.crossEntropy(data.validation());
        double seconds = (System.nanoTime() - start) / 1e9;
        EpochStats stats = new EpochStats(1, 1, trainLoss, valLoss, Double.NaN,
                Math.exp(Double.isNaN(valLoss) ? trainLoss : valLoss), data.trainTokens() / seconds, seconds, seconds, 0,
                System.currentTimeMillis());
        if (!control.begin()) {
            return NeuralTraining.abandoned(request, listener, List.of(), TrainingState.fresh());
        }
        listener.onEvent(new TrainingEvent.EpochEnd(stats, true));
        if (training.sampleEvery() > 0) {
            TrainingSamples.emit(chain, Truecaser.of(request.corpus().documents()), 1, training.seed(), listener);
        }
        TrainingState state = new TrainingState(1, 0, 1, seconds, Double.isNaN(valLoss) ? trainLoss : valLoss, 1, 0,
                StopReason.COMPLETED.name());

        ModelBundle bundle = new ModelBundle(
                Provenance.manifest(spec, 0, CorpusInfo.of(request.corpus()), training.seed(), "CPU", null), spec,
                training, data.vocabulary(), List.of(stats), state, TrainingSamples.documentsToKeep(request.corpus()),
                null, null, serialise(chain));
        BundleIO.write(bundle, request.output());
        listener.onEvent(new TrainingEvent.Checkpoint(1, request.output(), true));
        listener.onEvent(new TrainingEvent.Finished(StopReason.COMPLETED, 1, state.bestValLoss(), request.output(),
                StopReason.COMPLETED.description()));
        return new TrainingResult(request.output(), StopReason.COMPLETED, List.of(stats), state);
    }

    private static byte[] serialise(MarkovModel chain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            chain.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
