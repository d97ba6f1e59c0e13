package quatrain.app.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import quatrain.core.corpus.Corpus;
import quatrain.core.spec.ModelEstimator;
import quatrain.core.spec.ModelKind;
import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.TrainingSpec;
import quatrain.core.text.TokenizedCorpus;

/**
 * The corpus-dependent half of an estimate: vocabulary and windows as training would build them, and the
 * GloVe file's dimension. Tokenising takes a while on a large text, so it is computed in the background and
 * reused while only network settings change (see {@link Key}).
 *
 * @param vocabularySize    tokens in the vocabulary
 * @param trainWindows      training windows per epoch
 * @param validationWindows validation windows per epoch
 * @param gloveDimension    dimension of the GloVe file, 0 without one
 * @param gloveProblem      why the GloVe file cannot be used, or null
 */
public record Workload(int vocabularySize, long trainWindows, long validationWindows, int gloveDimension,
        String gloveProblem) {

    /** The settings a workload depends on; the corpus is compared by identity (it is immutable). */
    public record Key(Corpus corpus, ModelSpec tokenizing, int windowStep, int sequenceLength, boolean everyStep,
            double validationFraction, long seed, String gloveFile) {

        public static Key of(Corpus corpus, ModelSpec m, TrainingSpec t) {
            // Only tokenizer and vocabulary settings matter; everything else is normalised away.
            // Only what tokenizing depends on; the rest at the smallest valid values.
            ModelSpec tokenizing = ModelSpec.builder().preset("-").kind(ModelKind.GRU).level(m.level()).layers(1)
                    .units(1).embeddingSize(1).sequenceLength(1).windowStep(1).markovOrder(1).lowercase(m.lowercase())
                    .minCount(m.minCount()).maxVocabulary(m.maxVocabulary()).build();
            return new Key(corpus, tokenizing, m.windowStep(), m.sequenceLength(), m.everyStep(), t.validationFraction(),
                    t.seed(), m.gloveFile());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.corpus == corpus && k.tokenizing.equals(tokenizing)
                    && k.windowStep == windowStep && k.sequenceLength == sequenceLength && k.everyStep == everyStep
                    && k.validationFraction == validationFraction && k.seed == seed
                    && Objects.equals(k.gloveFile, gloveFile);
        }

        @Override
        public int hashCode() {
            return Objects.hash(System.identityHashCode(corpus), tokenizing, windowStep, sequenceLength, everyStep,
                    validationFraction, seed, gloveFile);
        }
    }

    /** Tokenises and counts (slow: call it off the UI thread). */
    public static Workload compute(Key key) {
        int dimension = 0;
        String problem = null;
        if (key.gloveFile() != null) {
            try {
                dimension = gloveDimension(Path.of(key.gloveFile()));
            } catch (IOException | RuntimeException e) {
                problem = "The GloVe file cannot be read: " + e.getMessage();
            }
        }
        try (TokenizedCorpus data = TokenizedCorpus.prepare(key.corpus(), key.tokenizing(), key.validationFraction(),
                key.seed(), null)) {
            return new Workload(data.vocabulary().size(),
                    ModelEstimator.windows(data.train(), key.sequenceLength(), key.windowStep(), key.everyStep()),
                    ModelEstimator.windows(data.validation(), key.sequenceLength(),
                            key.everyStep() ? key.sequenceLength() : 1, key.everyStep()), dimension, problem);
        }
    }

    /** Numbers after the word on the first line; the engine checks every line when it reads the file. */
    static int gloveDimension(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("no file at \"" + file + "\"");
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = in.readLine();
            String[] parts = line == null ? new String[0] : line.strip().split(" ");
            if (parts.length < 2) {
                throw new IOException("\"" + file.getFileName() + "\" is not \"word number number …\" per line");
            }
            return parts.length - 1;
        }
    }

    /** The embedding the network will really have. */
    public int embeddingSize(ModelSpec model) {
        return gloveDimension > 0 ? gloveDimension : model.embeddingSize();
    }
}
