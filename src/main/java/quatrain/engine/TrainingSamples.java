package quatrain.engine;

import java.util.List;

import quatrain.core.corpus.Corpus;
import quatrain.core.generate.LanguageModel;
import quatrain.core.generate.Quatrain;
import quatrain.core.generate.TextGenerator;
import quatrain.core.generate.Truecaser;
import quatrain.core.spec.SamplingSpec;
import quatrain.core.training.TrainingEvent;
import quatrain.core.training.TrainingListener;

/** The seed's sampling callback: text at several temperatures while training goes on. */
final class TrainingSamples {
    static final double[] TEMPERATURES = {0.2, 0.5, 1.0, 1.2};
    /** Corpora up to this many characters travel inside the model file, for novelty checks without the text. */
    static final long MAX_KEPT_CHARACTERS = 16L << 20;

    private TrainingSamples() {
    }

    static void emit(LanguageModel model, Truecaser truecaser, int epoch, long seed, TrainingListener listener) {
        SamplingSpec base = SamplingSpec.defaults().withSeed(seed + epoch);
        List<Quatrain> quatrains = new TextGenerator(model, null, truecaser).sweep(base, TEMPERATURES);
        for (Quatrain q : quatrains) {
            listener.onEvent(new TrainingEvent.Sample(epoch, q.temperature(), q.text()));
        }
    }

    static List<String> documentsToKeep(Corpus corpus) {
        return corpus.characterCount() <= MAX_KEPT_CHARACTERS ? corpus.documents() : List.of();
    }
}
