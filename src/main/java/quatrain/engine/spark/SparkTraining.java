package quatrain.engine.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import quatrain.core.QuatrainException;
import quatrain.core.bundle.CorpusInfo;
import quatrain.core.bundle.TrainingState;
import quatrain.core.generate.Truecaser;
import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.SparkSpec;
import quatrain.core.spec.TrainingSpec;
import quatrain.core.text.CorpusRequirements;
import quatrain.core.text.GloveVectors;
import quatrain.core.text.Vocabulary;
import quatrain.core.training.EpochStats;
import quatrain.core.training.OverfitWatch;
import quatrain.core.training.StopReason;
import quatrain.core.training.TrainingControl;
import quatrain.core.training.TrainingEvent;
import quatrain.core.training.TrainingListener;
import quatrain.engine.NetworkFactory;
import quatrain.engine.NeuralModel;
import quatrain.engine.Provenance;
import quatrain.engine.TrainingResult;
import quatrain.engine.TrainingSamples;
import quatrain.engine.WindowEvaluator;
import quatrain.engine.bundle.BundleIO;
import quatrain.engine.bundle.ModelBundle;
import quatrain.engine.ui.RunRecorder;

/**
 * One run on Spark, epoch by epoch as local training runs ({@code NeuralTraining}): each epoch is a series of
 * averaging rounds ({@link RoundTrainer}; stops, pauses and the time limit are looked at between them), then
 * validation on the executors, the epoch's statistics, best-epoch weights, early stopping, samples on the driver and
 * a checkpoint. Every random choice is seeded from the training seed; the rounds' order is fixed by it, though
 * which worker's copy ends up with which minibatches is Spark's to schedule.
 */
final class SparkTraining {
    private static final Logger LOG = LoggerFactory.getLogger(SparkTraining.class);
    private static final int EVAL_BATCH = 1024;

    private final SparkTrainingRequest request;
    private final TrainingListener listener;
    private final TrainingControl control;
    private final String run = UUID.randomUUID().toString();

    private ModelSpec spec;
    private TrainingSpec training;
    private SparkSpec spark;
    private ModelBundle resumed;
    private JavaSparkContext jsc;
    private DistributedCorpus corpus;
    private CorpusDigest digest;
    private Vocabulary vocabulary;
    private MultiLayerNetwork net;
    private INDArray bestParams;
    private RoundPlan plan;
    private RoundTrainer rounds;
    private int workers;
    private int batchSize;
    private String backend;
    private final List<EpochStats> history = new ArrayList<>();
    private TrainingState state = TrainingState.fresh();
    private String createdAt;
    private long runStart;
    private double elapsedBefore;
    private double epochTrainLoss;
    private double epochTokensPerSecond;
    private long epochStartNanos;

    SparkTraining(SparkTrainingRequest request, TrainingListener listener, TrainingControl control) {
        this.request = request;
        this.listener = listener;
        this.control = control;
    }

    TrainingResult run() {
        spark = request.spark();
        training = request.training();
        String preset = request.model() != null ? request.model().preset() : "resumed";
        SparkConf conf = SparkDriver.conf(request.master(), SparkDriver.appName(request.corpus(), preset));
        CorpusSource source = CorpusInspection.inspect(request.corpus(), request.format(), SparkDriver.hadoop(conf));
        if (request.resumeFrom() != null) {
            resumed = BundleIO.read(request.resumeFrom());
            checkResumable(resumed);
        }
        spec = resumed != null ? resumed.model() : request.model();
        if (!spec.kind().isNeural()) {
            throw new QuatrainException("A Markov chain trains in seconds on one machine; there is nothing to spread"
                    + " over a cluster. Train it with: quatrain train --preset markov");
        }
        batchSize = spark.batchSize(training);
        SparkDriver.checkMaster(request.master());
        try (JavaSparkContext context = SparkDriver.start(conf)) {
            jsc = context;
            return prepareAndTrain(source);
        } finally {
            EpochOrders.forget(run);
        }
    }

    private void checkResumable(ModelBundle bundle) {
        if (!bundle.model().kind().isNeural()) {
            throw new QuatrainException("A Markov chain trains in one pass; there is nothing to resume. Train it again.");
        }
        if (training.seed() != bundle.training().seed()
                || training.validationFraction() != bundle.training().validationFraction()
                || training.validationSplit() != bundle.training().validationSplit()) {
            throw new QuatrainException("Resume must keep the seed (" + bundle.training().seed()
                    + "), validation fraction (" + bundle.training().validationFraction() + ") and validation split ("
                    + bundle.training().validationSplit() + ") the model was trained with, or the held-out quatrains"
                    + " would change.");
        }
        if (bundle.state().epochsDone() >= training.epochs()) {
            throw new QuatrainException("The model has already trained " + bundle.state().epochsDone()
                    + " epochs; ask for more epochs than that to continue.");
        }
    }

    private TrainingResult prepareAndTrain(CorpusSource source) {
        digest = CorpusDigest.start(jsc, source);
        corpus = DistributedCorpus.read(jsc, source, spec, training);
        try {
            Vocabulary counted = corpus.countVocabulary();
            vocabulary = resumed != null ? sameVocabulary(counted) : counted;
            List<TokenBlock.TokenFacts> facts = corpus.encode(vocabulary, batchSize);
            long trainTokens = facts.stream().mapToLong(TokenBlock.TokenFacts::trainTokens).sum();
            CorpusRequirements.check(trainTokens, spec);
            long windows = facts.stream().mapToLong(TokenBlock.TokenFacts::trainWindows).sum();
            if (windows == 0) {
                throw new QuatrainException("The corpus gives no training windows.");
            }
            workers = spark.workers() > 0 ? spark.workers() : jsc.defaultParallelism();
            plan = new RoundPlan(facts.stream().mapToInt(TokenBlock.TokenFacts::batches).toArray(), workers,
                    spark.averagingFrequency());
            buildOrResume();
            backend = ClusterFacts.backend(jsc, workers, batchSize, spark);
            int perWindow = spec.everyStep() ? spec.sequenceLength() : 1;
            listener.onEvent(new TrainingEvent.Started(backend, net.numParams(), vocabulary.size(), windows * perWindow,
                    (int) plan.minibatches(), state.epochsDone() + 1, training.epochs()));
            CorpusRequirements.advice(trainTokens, spec).ifPresent(a -> listener.onEvent(new TrainingEvent.Warning(a)));
            warnings();
            if (!control.begin()) {
                listener.onEvent(new TrainingEvent.Finished(StopReason.CANCELLED, state.epochsDone(),
                        state.bestValLoss(), request.output(), "stopped before training began; nothing saved"));
                return new TrainingResult(request.output(), StopReason.CANCELLED, history, state);
            }
            Minibatches minibatches = new Minibatches(spec, vocabulary.size(), batchSize, plan, training.randomOffset());
            rounds = new RoundTrainer(jsc, corpus.tokens(), minibatches, workers, spark, run, training.seed(), net,
                    spec.l2() > 0);
            runStart = System.nanoTime();
            elapsedBefore = state.elapsedSeconds();
            try (RunRecorder recorder = request.statsFile() == null ? null
                    : RunRecorder.forWorkers(request.statsFile(), net.numParams())) {
                if (recorder != null) {
                    rounds.record(recorder.storage(), recorder.listener());
                }
                return epochs();
            }
        } finally {
            corpus.close();
        }
    }

    /** Resume trains on the text the model was trained on: the same vocabulary, counts included. */
    private Vocabulary sameVocabulary(Vocabulary counted) {
        if (!counted.equals(resumed.vocabulary())) {
            throw new QuatrainException(String.format(Locale.ROOT,
                    "This model's vocabulary (%,d tokens) does not match the corpus \"%s\" (%,d tokens): resume needs"
                            + " the text the model was trained on.", resumed.vocabulary().size(),
                    corpus.source().name(), counted.size()));
        }
        return resumed.vocabulary();
    }

    private void buildOrResume() {
        if (resumed != null) {
            net = resumed.network();
            bestParams = resumed.bestParams();
            history.addAll(resumed.history());
            state = resumed.state();
            createdAt = resumed.manifest().createdAt();
            return;
        }
        GloveVectors glove = spec.gloveFile() == null ? null : GloveVectors.read(Path.of(spec.gloveFile()), vocabulary);
        long iterations = (long) plan.rounds() * spark.averagingFrequency() * training.epochs();
        net = NetworkFactory.build(spec, training, vocabulary.size(), glove, NetworkFactory.Implementation.forThisDevice(),
                iterations);
    }

    private void warnings() {
        listener.onEvent(new TrainingEvent.Warning("The corpus stays on the cluster, so the model file does not keep"
                + " it: quatrains generated from the file are not checked for lines copied from it."));
        long replaced = corpus.replacedCharacters();
        if (replaced > 0) {
            listener.onEvent(new TrainingEvent.Warning(String.format(Locale.ROOT, "%,d characters of lines that are not"
                    + " UTF-8 were read as windows-1252.", replaced)));
        }
    }

    private TrainingResult epochs() {
        for (int epoch = state.epochsDone() + 1; epoch <= training.epochs(); epoch++) {
            StopReason interrupted = trainEpoch(epoch);
            if (interrupted != null) {
                return finish(interrupted);
            }
            boolean earlyStop = endEpoch(epoch);
            // A stop asked for during the epoch's last round or its validation is still the person's stop.
            if (control.isCancelled()) {
                return finish(StopReason.CANCELLED);
            }
            if (earlyStop) {
                return finish(StopReason.EARLY_STOPPED);
            }
        }
        return finish(StopReason.COMPLETED);
    }

    /** Returns null when the epoch completed, else why it was interrupted. */
    private StopReason trainEpoch(int epoch) {
        int first = epoch == state.epochsDone() + 1 ? plan.roundAt(state.batchesIntoEpoch()) : 0;
        int batches = (int) plan.minibatches();
        long epochStart = System.nanoTime();
        double lossSum = 0;
        long targets = 0;
        for (int k = first; k < plan.rounds(); k++) {
            StopReason stop = checkControl();
            if (stop != null) {
                return stop;
            }
            WorkTally.Totals done = rounds.train(epoch, k);
            lossSum += done.lossSum();
            targets += done.targets();
            long step = state.step() + done.minibatches();
            int into = (int) plan.before(k + 1);
            state = new TrainingState(state.epochsDone(), into, step, state.elapsedSeconds(), state.bestValLoss(),
                    state.bestEpoch(), state.epochsWithoutImprovement(), "RUNNING");
            double seconds = (System.nanoTime() - epochStart) / 1e9;
            listener.onEvent(new TrainingEvent.BatchEnd(epoch, into, batches, step, done.loss(), targets / seconds,
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
        WindowEvaluator.Totals val = ExecutorValidation.run(jsc, corpus.tokens(), net, spec, vocabulary.size(),
                EVAL_BATCH);
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
            // The corpus is not here to learn its capitals from: samples are as the saved file generates them.
            TrainingSamples.emit(NeuralModel.of(net, vocabulary, spec), Truecaser.of(List.of()), epoch,
                    training.seed(), listener);
        }
        checkpoint(epoch, best);
        boolean stop = training.patience() > 0 && withoutImprovement >= training.patience();
        if (stop) {
            LOG.info("Early stop after epoch {}: no better validation loss for {} epochs", epoch, withoutImprovement);
        }
        return stop;
    }

    private double elapsed() {
        return elapsedBefore + (System.nanoTime() - runStart) / 1e9;
    }

    private void checkpoint(int epoch, boolean best) {
        CorpusInfo info = new CorpusInfo(corpus.source().name(), digest.sha256(), corpus.source().sizeBytes(),
                (int) Math.min(Integer.MAX_VALUE, corpus.allDocuments()), corpus.source().format().name(),
                encodingLabel(corpus.source()));
        ModelBundle bundle = new ModelBundle(
                Provenance.manifest(spec, net.numParams(), info, training.seed(), backend, createdAt)
                        .withSpark(ClusterFacts.provenance(jsc, workers, spark, rounds.tally().processes())),
                spec, training, vocabulary, history, state, List.of(), net, bestParams, null);
        BundleIO.write(bundle, request.output());
        if (createdAt == null) {
            createdAt = bundle.manifest().createdAt();
        }
        listener.onEvent(new TrainingEvent.Checkpoint(epoch, request.output(), best));
    }

    private static String encodingLabel(CorpusSource source) {
        return quatrain.core.corpus.TextDecoder.label(source.decoding(), source.bom());
    }

    private TrainingResult finish(StopReason reason) {
        state = new TrainingState(state.epochsDone(), state.batchesIntoEpoch(), state.step(), elapsed(),
                state.bestValLoss(), state.bestEpoch(), state.epochsWithoutImprovement(), reason.name());
        checkpoint(state.epochsDone(), false);
        listener.onEvent(new TrainingEvent.Finished(reason, state.epochsDone(), state.bestValLoss(), request.output(),
                reason.description()));
        return new TrainingResult(request.output(), reason, history, state);
    }
}
