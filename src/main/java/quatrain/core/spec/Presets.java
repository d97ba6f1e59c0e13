package quatrain.core.spec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


/** The named presets, defined in one place. */
public final class Presets {
    public static final String QUATRAINS_GRU = "quatrains-gru";
    public static final String CHARS_LSTM = "chars-lstm";
    public static final String CHARS_DEEP = "chars-deep";
    public static final String MARKOV = "markov";
    /** Embedding size of word models without GloVe; with GloVe the file's dimension (300) is used. */
    public static final int DEFAULT_WORD_EMBEDDING = 100;

    private static final Map<String, Preset> ALL = new LinkedHashMap<>();

    static {
        add(new Preset(QUATRAINS_GRU,
                "The seed's model: 4-word windows → embedding → GRU 128 → softmax over the vocabulary; RMSprop 0.003",
                ModelSpec.builder().preset(QUATRAINS_GRU).kind(ModelKind.GRU).level(TokenLevel.WORD).layers(1)
                        .units(128).embeddingSize(DEFAULT_WORD_EMBEDDING).dropout(0.2).l2(1e-5).sequenceLength(4)
                        .windowStep(1).markovOrder(2).lowercase(true).minCount(1).maxVocabulary(20_000).build(),
                TrainingSpec.builder().epochs(30).batchSize(512).learningRate(0.003).optimizer(Optimizer.RMSPROP)
                        .validationFraction(0.05).seed(42).patience(4).sampleEvery(1)
                        .schedule(LearningRateSchedule.CONSTANT).validationSplit(ValidationSplit.RANDOM).build()));
        add(new Preset(CHARS_LSTM,
                "The Keras character model: 40-character windows, step 3 → LSTM 128 → softmax; RMSprop 0.01",
                ModelSpec.builder().preset(CHARS_LSTM).kind(ModelKind.LSTM).level(TokenLevel.CHAR).layers(1)
                        .units(128).embeddingSize(0).sequenceLength(40).windowStep(3).markovOrder(2).lowercase(true)
                        .minCount(1).maxVocabulary(256).build(),
                TrainingSpec.builder().epochs(20).batchSize(128).learningRate(0.01).optimizer(Optimizer.RMSPROP)
                        .validationFraction(0.1).seed(42).patience(3).sampleEvery(1)
                        .schedule(LearningRateSchedule.CONSTANT).validationSplit(ValidationSplit.RANDOM).build()));
        // The best character model found for 30 minutes on a 2-core CPU (docs/BENCHMARKS.md, "Quality"): long
        // sequences with a loss at every step, case kept, dropout, Adam with warm-up and cosine decay over the
        // epochs that fit in 30 minutes, gradient clipping. Until 2026-12-05: 128 characters, dropout 0.1, Adam
        // 0.002, 18 epochs (1.53-1.55 in 16-29 minutes).
        add(new Preset(CHARS_DEEP,
                "Deeper character model: 256-character sequences, loss at every step → 2 × LSTM 256 → softmax; "
                        + "dropout 0.2, Adam 0.003 with cosine decay over 30 epochs, clipping; the last 10% held out. "
                        + "On Shakespeare's last tenth: 1.48–1.55 nats per character (mean 1.51, three seeds) in 26–30 minutes on 2 CPU cores",
                ModelSpec.builder().preset(CHARS_DEEP).kind(ModelKind.LSTM).level(TokenLevel.CHAR).layers(2)
                        .units(256).embeddingSize(0).dropout(0.2).sequenceLength(256).windowStep(256).markovOrder(2)
                        .lowercase(false).minCount(1).maxVocabulary(256).everyStep(true).build(),
                TrainingSpec.builder().epochs(30).batchSize(32).learningRate(0.003).optimizer(Optimizer.ADAM)
                        .validationFraction(0.1).seed(42).patience(0).sampleEvery(2).maxMinutes(30).clipNorm(5)
                        .schedule(LearningRateSchedule.COSINE).validationSplit(ValidationSplit.LAST).randomOffset(true).build()));
        add(new Preset(MARKOV,
                "A Markov chain over words (order 2 by default; set level=CHAR for characters); trains in seconds",
                ModelSpec.builder().preset(MARKOV).kind(ModelKind.MARKOV).level(TokenLevel.WORD).layers(1).units(1)
                        .embeddingSize(0).sequenceLength(2).windowStep(1).markovOrder(2).lowercase(true).minCount(1)
                        .maxVocabulary(1_000_000).build(),
                TrainingSpec.builder().epochs(1).batchSize(1).learningRate(1.0).optimizer(Optimizer.RMSPROP)
                        .validationFraction(0.05).seed(42).patience(0).sampleEvery(1)
                        .schedule(LearningRateSchedule.CONSTANT).validationSplit(ValidationSplit.RANDOM).build()));
    }

    private Presets() {
    }

    private static void add(Preset p) {
        ALL.put(p.name(), p);
    }

    public static List<Preset> all() {
        return List.copyOf(ALL.values());
    }

    public static List<String> names() {
        return List.copyOf(ALL.keySet());
    }

    public static Preset get(String name) {
        Preset p = ALL.get(name);
        if (p == null) {
            throw new SpecException("unknown preset \"" + name + "\"; choose one of " + String.join(", ", ALL.keySet()));
        }
        return p;
    }
}
