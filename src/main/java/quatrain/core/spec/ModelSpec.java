package quatrain.core.spec;


/**
 * Everything that defines a model and its vocabulary. Immutable; every value is checked here so that an
 * impossible model is refused with a message before anything is built.
 *
 * @param preset          name of the preset this came from ("custom" when built by hand)
 * @param kind            GRU, LSTM or Markov chain
 * @param level           word or character tokens
 * @param layers          recurrent layers, 1–3
 * @param units           units per recurrent layer
 * @param embeddingSize   size of the token embedding; 0 means one-hot input (character level only). With a
 *                        GloVe file the embedding takes the file's dimension instead
 * @param dropout         dropout on the input of each recurrent layer, in [0, 0.9]
 * @param l2              L2 weight decay on the recurrent and output weights
 * @param sequenceLength  tokens in each training window (4 words for the seed, 40 characters for Keras)
 * @param windowStep      distance between the starts of consecutive windows
 * @param markovOrder     order n of the Markov chain, 1–5 (Markov only)
 * @param lowercase       lower-case the text before tokenising
 * @param minCount        tokens seen fewer times become {@code <unk>}
 * @param maxVocabulary   cap on the vocabulary size, special tokens included
 * @param gloveFile       optional path of a GloVe text file to initialise word embeddings (may be null)
 * @param everyStep       train on every position of a sequence (the text cut into chunks of
 *                        {@code sequenceLength}, each token predicting the next) instead of only the token after
 *                        each window (the seed's way); generation then carries one state along the text
 *
 * <p>Serializable: Spark's executors cut windows and build minibatches by it.
 */
public record ModelSpec(String preset, ModelKind kind, TokenLevel level, int layers, int units, int embeddingSize,
        double dropout, double l2, int sequenceLength, int windowStep, int markovOrder, boolean lowercase,
        int minCount, int maxVocabulary, String gloveFile, boolean everyStep) implements java.io.Serializable {

    public static final int MAX_UNITS = 4096;

    public ModelSpec {
        SpecException.check(preset != null && !preset.isBlank(), "preset name must not be empty");
        SpecException.check(kind != null, "kind must be one of GRU, LSTM, MARKOV");
        SpecException.check(level != null, "level must be WORD or CHAR");
        SpecException.range("layers", layers, 1, 3);
        SpecException.range("units", units, 1, MAX_UNITS);
        SpecException.range("embeddingSize", embeddingSize, 0, 2048);
        SpecException.check(embeddingSize > 0 || level == TokenLevel.CHAR || kind == ModelKind.MARKOV,
                "embeddingSize 0 (one-hot input) is only for character-level models; word models need an embedding");
        SpecException.range("dropout", dropout, 0, 0.9);
        SpecException.range("l2", l2, 0, 1);
        SpecException.range("sequenceLength", sequenceLength, 1, 1024);
        SpecException.range("windowStep", windowStep, 1, sequenceLength);
        SpecException.range("markovOrder", markovOrder, 1, 5);
        SpecException.range("minCount", minCount, 1, 1_000_000);
        SpecException.range("maxVocabulary", maxVocabulary, 4, 1_000_000);
        SpecException.check(gloveFile == null || level == TokenLevel.WORD,
                "a GloVe file initialises word embeddings; it cannot be used with a character-level model");
        SpecException.check(gloveFile == null || kind != ModelKind.MARKOV, "a Markov chain has no embeddings to initialise");
        SpecException.check(!everyStep || kind != ModelKind.MARKOV, "everyStep is for networks; a Markov chain"
                + " always predicts every position");
        if (gloveFile != null && gloveFile.isBlank()) {
            gloveFile = null;
        }
    }

    /**
     * How many {@code <s>} start a generated sequence, as training windows start: the order for Markov chains,
     * the window for window-trained networks, one for networks trained on every position of the text.
     */
    public int contextLength() {
        if (kind == ModelKind.MARKOV) {
            return markovOrder;
        }
        return everyStep ? 1 : sequenceLength;
    }

    /** A builder with every setting at this spec's value. */
    public Builder toBuilder() {
        return new Builder().preset(preset).kind(kind).level(level).layers(layers).units(units)
                .embeddingSize(embeddingSize).dropout(dropout).l2(l2).sequenceLength(sequenceLength)
                .windowStep(windowStep).markovOrder(markovOrder).lowercase(lowercase).minCount(minCount)
                .maxVocabulary(maxVocabulary).gloveFile(gloveFile).everyStep(everyStep);
    }

    /** A builder starting from no settings: every one must be set (build() checks them as the constructor does). */
    public static Builder builder() {
        return new Builder();
    }

    /** Names every setting, so a spec is never built from sixteen positional arguments. */
    public static final class Builder {
        private String preset;
        private ModelKind kind;
        private TokenLevel level;
        private int layers;
        private int units;
        private int embeddingSize;
        private double dropout;
        private double l2;
        private int sequenceLength;
        private int windowStep;
        private int markovOrder;
        private boolean lowercase;
        private int minCount;
        private int maxVocabulary;
        private String gloveFile;
        private boolean everyStep;

        private Builder() {
        }

        public Builder preset(String v) {
            preset = v;
            return this;
        }

        public Builder kind(ModelKind v) {
            kind = v;
            return this;
        }

        public Builder level(TokenLevel v) {
            level = v;
            return this;
        }

        public Builder layers(int v) {
            layers = v;
            return this;
        }

        public Builder units(int v) {
            units = v;
            return this;
        }

        public Builder embeddingSize(int v) {
            embeddingSize = v;
            return this;
        }

        public Builder dropout(double v) {
            dropout = v;
            return this;
        }

        public Builder l2(double v) {
            l2 = v;
            return this;
        }

        public Builder sequenceLength(int v) {
            sequenceLength = v;
            return this;
        }

        public Builder windowStep(int v) {
            windowStep = v;
            return this;
        }

        public Builder markovOrder(int v) {
            markovOrder = v;
            return this;
        }

        public Builder lowercase(boolean v) {
            lowercase = v;
            return this;
        }

        public Builder minCount(int v) {
            minCount = v;
            return this;
        }

        public Builder maxVocabulary(int v) {
            maxVocabulary = v;
            return this;
        }

        public Builder gloveFile(String v) {
            gloveFile = v;
            return this;
        }

        public Builder everyStep(boolean v) {
            everyStep = v;
            return this;
        }

        public ModelSpec build() {
            return new ModelSpec(preset, kind, level, layers, units, embeddingSize, dropout, l2, sequenceLength,
                    windowStep, markovOrder, lowercase, minCount, maxVocabulary, gloveFile, everyStep);
        }
    }
}
