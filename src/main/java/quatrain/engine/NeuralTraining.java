package quatrain.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import quatrain.core.QuatrainException;
import quatrain.core.bundle.CorpusInfo;
import quatrain.core.bundle.TrainingState;
import quatrain.core.generate.Truecaser;
import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.TrainingSpec;
import quatrain.core.text.CorpusRequirements;
import quatrain.core.text.GloveVectors;
import quatrain.core.text.TokenizedCorpus;
import quatrain.core.training.EpochStats;
import quatrain.core.training.OverfitWatch;
import quatrain.core.training.StopReason;
import quatrain.core.training.TrainingControl;
import quatrain.core.training.TrainingEvent;
import quatrain.core.training.TrainingListener;
import quatrain.engine.bundle.BundleIO;
import quatrain.engine.bundle.ModelBundle;
import quatrain.engine.data.BatchBuffers;
import quatrain.engine.data.Shuffle;
import quatrain.engine.data.WindowOrder;
import quatrain.engine.data.WindowSet;
import quatrain.engine.ui.RunRecorder;

/**
 * One run of the training loop of a network: epochs of shuffled minibatches, validation, best-model
 * tracking, early stopping, samples and a checkpoint after every epoch. Randomness (shuffling, dropout) is
 * re-seeded from the training seed at the start of each epoch, so a resumed run continues exactly as an
 * uninterrupted one would at an epoch boundary.
 */
final class NeuralTraining {
    private static final Logger LOG = LoggerFactory.getLogger(NeuralTraining.class);
    private static final int EVAL_BATCH = 1024;

    private final TrainingRequest request;
    private final TrainingListener listener;
    private final TrainingControl control;
    private final Path output;
    private final BackendInfo backend = Backends.current();

    private ModelSpec spec;
    private TrainingSpec training;
    private TokenizedCorpus data;
    private MultiLayerNetwork net;
    private INDArray bestParams;
    private final List<EpochStats> history = new ArrayList<>();
    private TrainingState state = TrainingState.fresh();
    private String createdAt;
    private WindowSet trainWindows;
    private WindowSet valWindows;
    private boolean oneHot;
    private long runStart;
    private double elapsedBefore;
    private Truecaser truecaser;
    private double epochTrainLoss;
    private double epochTokensPerSecond;
    private long epochStartNanos;

    NeuralTraining(TrainingRequest request, TrainingListener listener, TrainingControl control) {
        this.request = request;
        this.listener = listener;
        this.control = control;
        this.output = request.output();
    }

    TrainingResult run() {
        try {
            return prepareAndTrain();
        } finally {
            if (data != null) {
                data.close();
            }
        }
    }

    private TrainingResult prepareAndTrain() {
        if (request.resumeFrom() != null) {
            prepareResume();
        } else {
            prepareFresh();
        }
        oneHot = spec.embeddingSize() == 0;
        if (trainWindows.size() == 0) {
            throw new QuatrainException("The corpus gives no training windows.");
        }
        int batches = batchesPerEpoch();
        listener.onEvent(new TrainingEvent.Started(backend.report(), net.numParams(), data.vocabulary().size(),
                (long) trainWindows.size() * targetsPerWindow(), batches, state.epochsDone() + 1, training.epochs()));
        CorpusRequirements.advice(data, spec).ifPresent(a -> listener.onEvent(new TrainingEvent.Warning(a)));
        TrainingSamples.notKeptWarning(request.corpus()).ifPresent(listener::onEvent);
        if (!control.begin()) {
            return abandoned(request, listener, history, state);
        }
        runStart = System.nanoTime();
        elapsedBefore = state.elapsedSeconds();
        // Statistics are closed after the last save (finish() runs inside this block), never by a shutdown hook.
        try (RunRecorder recorder = request.statsFile() == null ? null : RunRecorder.attach(net, request.statsFile())) {
            return epochs(batches);
        }
    }

    private TrainingResult epochs(int batches) {
        for (int epoch = state.epochsDone() + 1; epoch <= training.epochs(); epoch++) {
            StopReason interrupted = trainEpoch(epoch, batches);
            if (interrupted != null) {
                return finish(interrupted);
            }
            boolean earlyStop = endEpoch(epoch);
            // A stop asked for during the epoch's last minibatch or its validation is still the person's stop.
            if (control.isCancelled()) {
                return finish(StopReason.CANCELLED);
            }
            if (earlyStop) {
                return finish(StopReason.EARLY_STOPPED);
            }
        }
        return finish(StopReason.COMPLETED);
    }

    private void prepareFresh() {
        spec = request.model();
        training = request.training();
        data = TokenizedCorpus.prepare(request.corpus(), spec, training);
        CorpusRequirements.check(data, spec);
        GloveVectors glove = spec.gloveFile() == null ? null : GloveVectors.read(Path.of(spec.gloveFile()), data.vocabulary());
        if (glove != null) {
            listener.onEvent(new TrainingEvent.Warning(String.format(java.util.Locale.ROOT,
                    "GloVe: %d of %d words have pre-trained vectors (dimension %d); the rest start random.",
                    glove.found(), data.vocabulary().size(), glove.dimension())));
        }
        cutWindows();
        net = NetworkFactory.build(spec, training, data.vocabulary().size(), glove, NetworkFactory.Implementation.forThisDevice(),
                (long) batchesPerEpoch() * training.epochs());
    }

    private void cutWindows() {
        trainWindows = WindowSet.forTraining(spec, data.trainStream());
        valWindows = WindowSet.forEvaluation(spec, data.validationStream());
    }

    /** Targets in one window: one, or every position for every-step models. */
    private int targetsPerWindow() {
        return spec.everyStep() ? spec.sequenceLength() : 1;
    }

    private void prepareResume() {
        ModelBundle bundle = BundleIO.read(request.resumeFrom());
        spec = bundle.model();
        if (!spec.kind().isNeural()) {
            throw new QuatrainException("A Markov chain trains in one pass; there is nothing to resume. Train it again.");
        }
        training = request.training();
        if (training.seed() != bundle.training().seed()
                || training.validationFraction() != bundle.training().validationFraction()
                || training.validationSplit() != bundle.training().validationSplit()) {
            throw new QuatrainException("Resume must keep the seed (" + bundle.training().seed()
                    + "), validation fraction (" + bundle.training().validationFraction() + ") and validation split ("
                    + bundle.training().validationSplit() + ") the model was trained with, or the held-out quatrains would change.");
        }
        data = TokenizedCorpus.prepare(request.corpus(), spec, training);
        if (!data.vocabulary().equals(bundle.vocabulary())) {
            throw new QuatrainException(String.format(java.util.Locale.ROOT,
                    "This model's vocabulary (%,d tokens) does not match the corpus \"%s\" (%,d tokens): resume needs"
                            + " the text the model was trained on.", bundle.vocabulary().size(),
                    request.corpus().name(), data.vocabulary().size()));
        }
        data = data.withVocabulary(bundle.vocabulary());
        cutWindows();
        net = bundle.network();
        bestParams = bundle.bestParams();
        history.addAll(bundle.history());
        state = bundle.state();
        createdAt = bundle.manifest().createdAt();
        if (state.epochsDone() >= training.epochs()) {
            throw new QuatrainException("The model has already trained " + state.epochsDone()
                    + " epochs; ask for more epochs than that to continue.");
        }
    }

    private int batchesPerEpoch() {
        return (trainWindows.size() + training.batchSize() - 1) / training.batchSize();
    }

    /**
     * The windows epoch {@code epoch} trains on: with {@code randomOffset}, every-step sequences cut at a new place
     * each epoch; else the same windows every epoch.
     */
    private WindowSet epochWindows(int epoch) {
        return training.randomOffset() ? trainWindows.cutForEpoch(training.seed(), epoch) : trainWindows;
    }

    /** Returns null when the epoch completed, else why it was interrupted. */
    private StopReason trainEpoch(int epoch, int batches) {
        WindowOrder order = Shuffle.order(trainWindows.size(), training.seed() * 31L + epoch);
        BatchBuffers buffers = new BatchBuffers(epochWindows(epoch), data.vocabulary().size(), oneHot, spec.everyStep());
        boolean regularised = spec.l2() > 0;
        int first = epoch == state.epochsDone() + 1 ? state.batchesIntoEpoch() : 0;
        Nd4j.getRandom().setSeed(training.seed() * 1_000_003L + epoch * 7919L + first);
        long epochStart = System.nanoTime();
        double lossSum = 0;
        long targets = 0;
        for (int b = first; b < batches; b++) {
            StopReason stop = checkControl();
            if (stop != null) {
                return stop;
            }
            int from = b * training.batchSize();
            int count = Math.min(training.batchSize(), order.size() - from);
            buffers.fill(order, from, count);
            net.fit(buffers.features(), buffers.labels());
            // DL4J divides the output layer's loss by the rows it saw (AbstractLayer.getInputMiniBatchSize is the
            // input's first dimension): for an every-step model, windows × positions, so the score is per token.
            double loss = net.score() - (regularised ? net.calcRegularizationScore(true) : 0);
            lossSum += loss * count * targetsPerWindow();
            targets += (long) count * targetsPerWindow();
            long step = state.step() + 1;
            state = new TrainingState(state.epochsDone(), b + 1, step, state.elapsedSeconds(), state.bestValLoss(),
                    state.bestEpoch(), state.epochsWithoutImprovement(), "RUNNING");
            double seconds = (System.nanoTime() - epochStart) / 1e9;
            listener.onEvent(new TrainingEvent.BatchEnd(epoch, b + 1, batches, step, loss, targets / seconds,
                    elapsed()));
        }
        epochTrainLoss = targets == 0 ? Double.NaN : lossSum / targets;
        epochTokensPerSecond = targets / ((System.nanoTime() - epochStart) / 1e9);
        epochStartNanos = epochStart;
        return null;
    }

    private StopReason checkControl() {
        try {
            control.awaitIfPaused();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return StopReason.CANCELLED;
        }
        if (control.isCancelled() || Thread.currentThread().isInterrupted()) {
            return StopReason.CANCELLED;
        }
        if (training.maxMinutes() > 0 && (System.nanoTime() - runStart) / 60e9 >= training.maxMinutes()) {
            return StopReason.TIME_LIMIT;
        }
        return null;
    }

    /** Validation, statistics, best model, samples and checkpoint; returns true when early stopping triggers. */
    private boolean endEpoch(int epoch) {
        WindowEvaluator.Totals val = WindowEvaluator.evaluate(net, valWindows, data.vocabulary().size(), oneHot,
                spec.everyStep(), WindowEvaluator.batchSize(spec, EVAL_BATCH));
        double valLoss = val.loss();
        double perplexity = Math.exp(Double.isNaN(valLoss) ? epochTrainLoss : valLoss);
        double epochSeconds = (System.nanoTime() - epochStartNanos) / 1e9;
        double monitored = Double.isNaN(valLoss) ? epochTrainLoss : valLoss;
        boolean best = Double.isNaN(state.bestValLoss()) || monitored < state.bestValLoss();
        if (best) {
            bestParams = net.params().dup();
        }
        int withoutImprovement = best ? 0 : state.epochsWithoutImprovement() + 1;
        EpochStats stats = new EpochStats(epoch, state.step(), epochTrainLoss, valLoss, val.accuracy(), perplexity,
                epochTokensPerSecond, epochSeconds, elapsed(), NetworkFactory.currentLearningRate(net),
                System.currentTimeMillis());
        history.add(stats);
        state = new TrainingState(epoch, 0, state.step(), elapsed(), best ? monitored : state.bestValLoss(),
                best ? epoch : state.bestEpoch(), withoutImprovement, "RUNNING");
        listener.onEvent(new TrainingEvent.EpochEnd(stats, best));
        OverfitWatch.check(history, OverfitWatch.DEFAULT_EPOCHS)
                .ifPresent(w -> listener.onEvent(new TrainingEvent.Warning(w)));
        if (training.sampleEvery() > 0 && epoch % training.sampleEvery() == 0) {
            TrainingSamples.emit(new NeuralModel(net, data.vocabulary(), spec), truecaser(), epoch, training.seed(), listener);
        }
        checkpoint(epoch, best);
        boolean stop = training.patience() > 0 && withoutImprovement >= training.patience();
        if (stop) {
            LOG.info("Early stop after epoch {}: no better validation loss for {} epochs", epoch, withoutImprovement);
        }
        return stop;
    }

    private Truecaser truecaser() {
        if (truecaser == null) {
            truecaser = Truecaser.of(request.corpus().documents());
        }
        return truecaser;
    }

    /** Training wall time over all runs of this model. */
    private double elapsed() {
        return elapsedBefore + (System.nanoTime() - runStart) / 1e9;
    }

    private void checkpoint(int epoch, boolean best) {
        ModelBundle bundle = new ModelBundle(
                Provenance.manifest(spec, net.numParams(), CorpusInfo.of(request.corpus()), training.seed(),
                        backend.summary(), createdAt),
                spec, training, data.vocabulary(), history, state, TrainingSamples.documentsToKeep(request.corpus()),
                net, bestParams, null);
        BundleIO.write(bundle, output);
        if (createdAt == null) {
            createdAt = bundle.manifest().createdAt();
        }
        listener.onEvent(new TrainingEvent.Checkpoint(epoch, output, best));
    }

    /** A run stopped before its work began: nothing trained, nothing written, so the event names no file. */
    static TrainingResult abandoned(TrainingRequest request, TrainingListener listener, List<EpochStats> history,
            TrainingState state) {
        listener.onEvent(new TrainingEvent.Finished(StopReason.CANCELLED, state.epochsDone(), state.bestValLoss(),
                null, "Stopped before training began: nothing was saved."));
        return new TrainingResult(request.output(), StopReason.CANCELLED, history, state);
    }

    private TrainingResult finish(StopReason reason) {
        state = new TrainingState(state.epochsDone(), state.batchesIntoEpoch(), state.step(), elapsed(),
                state.bestValLoss(), state.bestEpoch(), state.epochsWithoutImprovement(), reason.name());
        checkpoint(state.epochsDone(), false);
        listener.onEvent(new TrainingEvent.Finished(reason, state.epochsDone(), state.bestValLoss(), output,
                reason.description()));
        return new TrainingResult(output, reason, history, state);
    }
}
