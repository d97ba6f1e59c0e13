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
                new ModelSpec(QUATRAINS_GRU, ModelKind.GRU, TokenLevel.WORD, 1, 128, DEFAULT_WORD_EMBEDDING, 0.2,
                        1e-5, 4, 1, 2, true, 1, 20_000, null, false),
                new TrainingSpec(30, 512, 0.003, Optimizer.RMSPROP, 0.05, 42, 4, 1, 0, 0, LearningRateSchedule.CONSTANT,
                        ValidationSplit.RANDOM)));
        add(new Preset(CHARS_LSTM,
                "The Keras character model: 40-character windows, step 3 → LSTM 128 → softmax; RMSprop 0.01",
                new ModelSpec(CHARS_LSTM, ModelKind.LSTM, TokenLevel.CHAR, 1, 128, 0, 0.0, 0.0, 40, 3, 2, true, 1,
                        256, null, false),
                new TrainingSpec(20, 128, 0.01, Optimizer.RMSPROP, 0.1, 42, 3, 1, 0, 0, LearningRateSchedule.CONSTANT,
                        ValidationSplit.RANDOM)));
        // The best character model found for 30 minutes on a 2-core CPU (docs/BENCHMARKS.md, "Quality"): long
        // sequences with a loss at every step, case kept, Adam with warm-up and cosine decay, gradient clipping.
        add(new Preset(CHARS_DEEP,
                "Deeper character model: 128-character sequences, loss at every step → 2 × LSTM 256 → softmax; "
                        + "dropout 0.1, Adam 0.002 with cosine decay, clipping; the last 10% held out",
                new ModelSpec(CHARS_DEEP, ModelKind.LSTM, TokenLevel.CHAR, 2, 256, 0, 0.1, 0.0, 128, 128, 2, false, 1,
                        256, null, true),
                new TrainingSpec(18, 32, 0.002, Optimizer.ADAM, 0.1, 42, 0, 2, 30, 5, LearningRateSchedule.COSINE,
                        ValidationSplit.LAST)));
        add(new Preset(MARKOV,
                "A Markov chain over words (order 2 by default; set level=CHAR for characters); trains in seconds",
                new ModelSpec(MARKOV, ModelKind.MARKOV, TokenLevel.WORD, 1, 1, 0, 0.0, 0.0, 2, 1, 2, true, 1,
                        1_000_000, null, false),
                new TrainingSpec(1, 1, 1.0, Optimizer.RMSPROP, 0.05, 42, 0, 1, 0, 0, LearningRateSchedule.CONSTANT,
                        ValidationSplit.RANDOM)));
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
