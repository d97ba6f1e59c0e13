package quatrain.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import quatrain.core.QuatrainException;
import quatrain.core.bundle.BundleException;
import quatrain.core.generate.LanguageModel;
import quatrain.core.generate.NoveltyChecker;
import quatrain.core.generate.Quatrain;
import quatrain.core.generate.TextGenerator;
import quatrain.core.generate.Truecaser;
import quatrain.core.judge.JudgeInfo;
import quatrain.core.judge.JudgeTexts;
import quatrain.core.markov.MarkovModel;
import quatrain.core.spec.TokenLevel;
import quatrain.engine.bundle.BundleIO;
import quatrain.engine.bundle.BundleInfo;
import quatrain.engine.bundle.ModelBundle;
import quatrain.engine.bundle.ModelFingerprint;
import quatrain.engine.judge.Judge;

/**
 * A model file opened for use: what it says about itself, the model to generate with (the best epoch's weights)
 * and, when the file carries its corpus, the novelty checker. Needs nothing but the file. The file's contents with
 * the network itself stay inside the engine (the package-private {@code bundle()}).
 */
public final class TrainedModel {
    private final Path file;
    private final BundleInfo info;
    private final LanguageModel model;
    private final NoveltyChecker novelty;
    private final Truecaser truecaser;
    private final ModelBundle bundle;
    private final Judge judge;

    /** A model not read from a file's contents (tests, placeholders): {@link #bundle()} is null. */
    public TrainedModel(Path file, BundleInfo info, LanguageModel model, NoveltyChecker novelty, Truecaser truecaser) {
        this(file, info, model, novelty, truecaser, null, null);
    }

    private TrainedModel(Path file, BundleInfo info, LanguageModel model, NoveltyChecker novelty, Truecaser truecaser,
            ModelBundle bundle, Judge judge) {
        this.file = file;
        this.info = info;
        this.model = model;
        this.novelty = novelty;
        this.truecaser = truecaser;
        this.bundle = bundle;
        this.judge = judge;
    }

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
        } catch (IOException e) {
            throw new BundleException("\"" + file.getFileName() + "\" cannot be read: " + firstLine(e.getMessage()), e);
        } catch (RuntimeException e) {
            // A network of allowed layers in an arrangement no version wrote, say.
            throw new BundleException("\"" + file.getFileName() + "\" cannot be used as a model: "
                    + firstLine(e.getMessage()), e);
        }
    }

    private static TrainedModel build(Path file, ModelBundle bundle) throws IOException {
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
        BundleInfo info = new BundleInfo(bundle.manifest(), bundle.model(), bundle.training(),
                bundle.vocabulary().size(), bundle.history(), bundle.state(), withCorpus, Files.size(file),
                bundle.judge() == null ? null : bundle.judge().info());
        Judge judge = bundle.judge() != null
                && bundle.judge().info().modelFingerprint().equals(ModelFingerprint.of(bundle))
                ? Judge.of(bundle.judge()) : null;
        return new TrainedModel(file, info, model, withCorpus ? NoveltyChecker.of(bundle.documents()) : null,
                withCorpus ? Truecaser.of(bundle.documents()) : null, bundle, judge);
    }

    /** This model with {@code newJudge}, as its file now holds it. */
    TrainedModel withJudge(Judge newJudge, ModelBundle saved, long fileBytes) {
        BundleInfo i = new BundleInfo(info.manifest(), info.model(), info.training(), info.vocabularySize(),
                info.history(), info.state(), info.hasCorpus(), fileBytes, newJudge.info());
        return new TrainedModel(file, i, model, novelty, truecaser, saved, newJudge);
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

    public Path file() {
        return file;
    }

    /** What the file says about itself: specs, training state and history, provenance (null for a placeholder). */
    public BundleInfo info() {
        return info;
    }

    public LanguageModel model() {
        return model;
    }

    public NoveltyChecker novelty() {
        return novelty;
    }

    public Truecaser truecaser() {
        return truecaser;
    }

    /** What this model's judge says about itself, when the file holds a judge of these very weights. */
    public Optional<JudgeInfo> judgeInfo() {
        return judge == null ? Optional.empty() : Optional.of(judge.info());
    }

    /** Whether the file holds a judge of other weights (the model was trained on since): it is not used. */
    public boolean judgeOutdated() {
        return judge == null && info != null && info.judge() != null;
    }

    /**
     * The judge's score of each quatrain, in order: the probability that it is a corpus document, from its raw
     * tokens ({@link JudgeTexts}).
     *
     * @throws IllegalStateException without a judge of these weights ({@link #judgeInfo()} is empty)
     */
    public double[] judgeScores(List<Quatrain> quatrains) {
        if (judge == null) {
            throw new IllegalStateException("this model has no judge of its present weights");
        }
        TokenLevel level = info.model().level();
        return judge.score(quatrains.stream().map(q -> JudgeTexts.of(q.tokens(), level)).toList());
    }

    /** The file's contents with the network, for the engine only (the latest weights, for evaluation). */
    ModelBundle bundle() {
        return bundle;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrainedModel t && Objects.equals(file, t.file) && Objects.equals(info, t.info)
                && Objects.equals(model, t.model) && Objects.equals(novelty, t.novelty)
                && Objects.equals(truecaser, t.truecaser) && Objects.equals(bundle, t.bundle)
                && Objects.equals(judge, t.judge);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, info, model, novelty, truecaser, bundle, judge);
    }

    @Override
    public String toString() {
        return "TrainedModel[file=" + file + ", info=" + info + "]";
    }
}
