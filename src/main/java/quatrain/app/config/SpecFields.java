package quatrain.app.config;

import java.util.List;
import java.util.Optional;

import quatrain.app.config.SpecField.Group;
import quatrain.app.config.SpecField.Input;

/** Every setting of the model pane, in display order, with its explanation. */
public final class SpecFields {
    /** The settings of the Model and Training cards. */
    public static final List<SpecField> ALL = List.of(
            model("kind", "Model", Input.CHOICE, List.of("GRU", "LSTM", "MARKOV"),
                    "GRU and LSTM are recurrent neural networks that learn to predict the next token from the ones"
                            + " before it; GRU is lighter and usually trains faster. A Markov chain only counts which"
                            + " tokens followed which: it trains in seconds but mostly recombines the original text."),
            model("level", "Tokens", Input.CHOICE, List.of("WORD", "CHAR"),
                    "Word level reads words and punctuation marks: it needs less text and writes real words. Character"
                            + " level reads single letters: it can invent words and needs much more text and time."),
            model("layers", "Layers", Input.INTEGER, "Recurrent layers stacked on each other (1–3). A second layer can"
                    + " capture longer patterns on a large corpus; on a small one it mostly overfits."),
            model("units", "Units per layer", Input.INTEGER, "Size of each layer's memory. More units learn more but"
                    + " need more text, memory and time; 128–256 suit a corpus of a few hundred thousand words."),
            model("embeddingSize", "Embedding size", Input.INTEGER, "Length of the vector that represents each token."
                    + " 0 feeds characters one-hot (character level only). A GloVe file sets it to the file's"
                    + " dimension."),
            model("dropout", "Dropout", Input.DECIMAL, "Share of inputs to each layer switched off at random during"
                    + " training (0–0.9). 0.2–0.5 fights overfitting on small corpora; 0 trains fastest."),
            model("l2", "L2 weight decay", Input.DECIMAL, "Penalty on large weights that keeps the model simpler."
                    + " Small values such as 0.00001 help on small corpora; 0 turns it off."),
            model("sequenceLength", "Window length", Input.INTEGER, "How many tokens the model sees before predicting"
                    + " the next one: 4 words, or about 40 characters. Longer windows keep more context but train"
                    + " more slowly."),
            model("windowStep", "Window step", Input.INTEGER, "Distance between the starts of consecutive training"
                    + " windows (1 up to the window length). 1 uses every position; 3 trains three times faster on"
                    + " fewer examples."),
            model("markovOrder", "Markov order", Input.INTEGER, "How many previous tokens the chain looks at (1–5)."
                    + " Higher orders write more fluent text but copy longer pieces of the original."),
            model("lowercase", "Lower-case the text", Input.CHECK, "Treat \"King\" and \"king\" as the same token."
                    + " Halves the vocabulary on most texts; turn it off to keep capitals as written."),
            model("minCount", "Minimum count", Input.INTEGER, "Tokens seen fewer times than this become <unk>."
                    + " Raising it to 2 or 3 drops typos and rare names and makes the model smaller."),
            model("maxVocabulary", "Maximum vocabulary", Input.INTEGER, "Upper limit on distinct tokens, the"
                    + " special ones included. The least frequent tokens beyond it become <unk>."),
            model("gloveFile", "GloVe vectors", Input.FILE, "Optional pre-trained word vectors (a GloVe .txt file)"
                    + " to start the embedding from. Helps a word model on a small corpus. Word level only."),
            model("everyStep", "Predict every position", Input.CHECK, "Train on every position of long"
                    + " sequences (each token predicts the next) instead of only the token after each window. Learns"
                    + " much faster from the same text; use long windows (100+ characters) with it."),
            training("epochs", "Epochs", Input.INTEGER, "Passes over the training text. Early stopping may end"
                    + " training sooner when the validation loss stops improving."),
            training("batchSize", "Batch size", Input.INTEGER, "Training windows per step. Larger batches use the"
                    + " processor better and need more memory; smaller ones update the model more often."),
            training("learningRate", "Learning rate", Input.DECIMAL, "Size of each update. Too high and the loss"
                    + " jumps or grows; too low and training crawls. 0.001–0.01 is usual for RMSprop and Adam."),
            training("optimizer", "Optimizer", Input.CHOICE, List.of("RMSPROP", "ADAM"), "The update rule. RMSprop"
                    + " is the classic choice for recurrent text models; Adam is a robust alternative."),
            training("validationFraction", "Validation share", Input.DECIMAL, "Share of quatrains held out to"
                    + " measure how well the model does on text it has not seen (0–0.5). 0.05–0.1 is typical."),
            training("seed", "Random seed", Input.INTEGER, "Fixes every random choice: the held-out quatrains, the"
                    + " initial weights and the order of the training windows. Same seed, same model."),
            training("patience", "Early-stop patience", Input.INTEGER, "Stop after this many epochs without a better"
                    + " validation loss; the best epoch is kept. 0 never stops early."),
            training("sampleEvery", "Samples every", Input.INTEGER, "Write sample quatrains every this many epochs,"
                    + " so you can read the model improving. 0 writes none."),
            training("maxMinutes", "Time limit (min)", Input.DECIMAL, "Stop after this many minutes and keep the"
                    + " model trained so far. 0 means no limit."),
            training("clipNorm", "Gradient clipping", Input.DECIMAL, "Caps the size of each layer's update to"
                    + " keep training stable when the loss spikes. 0 turns it off; 1–5 is usual."),
            training("schedule", "Learning-rate schedule", Input.CHOICE, List.of("CONSTANT", "COSINE"), "CONSTANT keeps"
                    + " the rate; COSINE warms up briefly, then lowers it smoothly to a tenth by the last epoch, which"
                    + " usually ends at a lower loss."),
            training("validationSplit", "Held-out part", Input.CHOICE, List.of("RANDOM", "LAST"), "RANDOM holds out"
                    + " quatrains picked at random (by the seed); LAST holds out the end of the text, as benchmarks"
                    + " with a fixed test part do."),
            training("randomOffset", "New cut each epoch", Input.CHECK, "With \"Predict every position\": cut the"
                    + " text into sequences at a new random place each epoch, so later epochs read new sequences"
                    + " instead of the same ones again. Usually lowers the held-out loss of long runs."));

    private SpecFields() {
    }

    public static Optional<SpecField> byKey(String key) {
        return ALL.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    public static List<SpecField> of(Group group) {
        return ALL.stream().filter(f -> f.group() == group).toList();
    }

    private static SpecField model(String key, String label, Input input, String help) {
        return new SpecField(key, label, Group.MODEL, input, List.of(), help);
    }

    private static SpecField model(String key, String label, Input input, List<String> choices, String help) {
        return new SpecField(key, label, Group.MODEL, input, choices, help);
    }

    private static SpecField training(String key, String label, Input input, String help) {
        return new SpecField(key, label, Group.TRAINING, input, List.of(), help);
    }

    private static SpecField training(String key, String label, Input input, List<String> choices, String help) {
        return new SpecField(key, label, Group.TRAINING, input, choices, help);
    }

    /** How a choice value is shown. */
    public static String choiceLabel(String value) {
        return switch (value) {
            case "GRU" -> "GRU network";
            case "LSTM" -> "LSTM network";
            case "MARKOV" -> "Markov chain";
            case "WORD" -> "Words";
            case "CHAR" -> "Characters";
            case "RMSPROP" -> "RMSprop";
            case "ADAM" -> "Adam";
            default -> value;
        };
    }
}
