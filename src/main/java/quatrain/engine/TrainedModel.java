package quatrain.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;

import quatrain.core.QuatrainException;
import quatrain.core.bundle.BundleException;
import quatrain.core.generate.LanguageModel;
import quatrain.core.generate.NoveltyChecker;
import quatrain.core.generate.TextGenerator;
import quatrain.core.generate.Truecaser;
import quatrain.core.markov.MarkovModel;
import quatrain.engine.bundle.BundleIO;
import quatrain.engine.bundle.ModelBundle;

/**
 * A model file opened for use: its contents, the model to generate with (the best epoch's weights) and,
 * when the file carries its corpus, the novelty checker. Needs nothing but the file.
 */
public record TrainedModel(Path file, ModelBundle bundle, LanguageModel model, NoveltyChecker novelty,
        Truecaser truecaser) {

    /**
     * Reads the file and builds its model. Every failure, running out of memory included, is a
     * {@link BundleException} with a one-line message; whatever was read is unreachable once it is thrown.
     */
    public static TrainedModel open(Path file) {
        try {
            return build(file, BundleIO.read(file));
        } catch (OutOfMemoryError e) {
            throw BundleIO.outOfMemory(file, e);
        } catch (QuatrainException e) {
            throw e;
        } catch (RuntimeException e) {
            // A network of allowed layers in an arrangement no version wrote, say.
            throw new BundleException("\"" + file.getFileName() + "\" cannot be used as a model: "
                    + firstLine(e.getMessage()), e);
        }
    }

    private static TrainedModel build(Path file, ModelBundle bundle) {
        LanguageModel model;
        if (bundle.model().kind().isNeural()) {
            model = NeuralModel.withParams(bundle.network(), bundle.bestParams(), bundle.vocabulary(), bundle.model());
        } else {
            try {
                model = MarkovModel.read(new ByteArrayInputStream(bundle.markov()), bundle.vocabulary(), bundle.model());
            } catch (IOException e) {
                throw new BundleException("\"" + file.getFileName() + "\" is damaged: its Markov chain cannot be read ("
                        + e.getMessage() + ").", e);
            }
        }
        boolean withCorpus = !bundle.documents().isEmpty();
        return new TrainedModel(file, bundle, model, withCorpus ? NoveltyChecker.of(bundle.documents()) : null,
                withCorpus ? Truecaser.of(bundle.documents()) : null);
    }

    private static String firstLine(String s) {
        if (s == null || s.isBlank()) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    public TextGenerator generator() {
        return new TextGenerator(model, novelty, truecaser);
    }
}
