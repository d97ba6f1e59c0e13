package quatrain.engine;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import quatrain.core.corpus.Corpus;
import quatrain.core.generate.LanguageModel;
import quatrain.core.generate.Quatrain;
import quatrain.core.generate.TextGenerator;
import quatrain.core.generate.Truecaser;
import quatrain.core.spec.SamplingSpec;
import quatrain.core.training.TrainingEvent;
import quatrain.core.training.TrainingListener;

/** The seed's sampling callback: text at several temperatures while training goes on. */
public final class TrainingSamples {
    /** Corpora up to this many characters travel inside the model file, for novelty checks without the text. */
    static final long MAX_KEPT_CHARACTERS = 16L << 20;

    private TrainingSamples() {
    }

    public static void emit(LanguageModel model, Truecaser truecaser, int epoch, long seed, TrainingListener listener) {
        SamplingSpec base = SamplingSpec.defaults().withSeed(seed + epoch);
        List<Quatrain> quatrains = new TextGenerator(model, null, truecaser).sweep(base);
        for (Quatrain q : quatrains) {
            listener.onEvent(new TrainingEvent.Sample(epoch, q.temperature(), q.text()));
        }
    }

    static List<String> documentsToKeep(Corpus corpus) {
        return isKept(corpus) ? corpus.documents() : List.of();
    }

    private static boolean isKept(Corpus corpus) {
        return corpus.characterCount() <= MAX_KEPT_CHARACTERS;
    }

    /** Says so when the corpus is too large to travel in the model file, and what that costs. */
    static Optional<TrainingEvent.Warning> notKeptWarning(Corpus corpus) {
        if (isKept(corpus)) {
            return Optional.empty();
        }
        return Optional.of(new TrainingEvent.Warning(String.format(Locale.ROOT,
                "The corpus (%,d characters) is too large to keep inside the model file (up to %,d are kept), so"
                        + " quatrains generated from the file are not checked for lines copied from it.",
                corpus.characterCount(), MAX_KEPT_CHARACTERS)));
    }
}
