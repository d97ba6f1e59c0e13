package quatrain.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import quatrain.core.generate.Quatrain;
import quatrain.core.generate.TextGenerator;
import quatrain.core.judge.JudgeCorpus;
import quatrain.core.judge.JudgeProgress;
import quatrain.core.judge.JudgeSettings;
import quatrain.core.judge.JudgeTexts;
import quatrain.core.judge.NoCorpusException;
import quatrain.core.judge.RankedQuatrain;
import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.SamplingSpec;
import quatrain.core.spec.TokenLevel;
import quatrain.core.text.DocumentPreparation;
import quatrain.engine.bundle.BundleIO;
import quatrain.engine.bundle.ModelBundle;
import quatrain.engine.bundle.ModelFingerprint;
import quatrain.engine.data.Shuffle;
import quatrain.engine.judge.Judge;
import quatrain.engine.judge.JudgeTrainer;

/**
 * Trains a judge of a model's writing and keeps it in the model's file: the model writes quatrains at the chosen
 * temperature, as many corpus documents are drawn (from the file, or from a text the caller read when the file does
 * not hold its corpus), {@link JudgeTrainer} learns to tell them apart, and the file is rewritten with the judge
 * (format version 3) under the same lock training takes.
 */
public final class Judging {
    /** Tokens a quatrain written for the judge may have: more than the judge reads, so both kinds are cut alike. */
    static final int WORDS = 100;
    static final int CHARACTERS = 400;

    private Judging() {
    }

    /**
     * @param corpus the documents to compare with, or null for those in the model file
     * @return the model with its new judge, as its file now holds it
     * @throws NoCorpusException when {@code corpus} is null and the file does not hold its corpus
     * @throws CancellationException when {@code cancelled} said so (the file is unchanged)
     */
    public static TrainedModel train(TrainedModel model, JudgeCorpus corpus, JudgeSettings settings,
            JudgeProgress.Listener listener, BooleanSupplier cancelled) {
        ModelBundle bundle = model.bundle();
        if (bundle == null) {
            throw new IllegalArgumentException("a model not read from a file cannot keep a judge");
        }
        JudgeCorpus documents = corpus != null ? corpus : inFile(model, bundle);
        long start = System.nanoTime();
        List<String> real = corpusTexts(documents.documents(), bundle, settings);
        List<String> generated = generatedTexts(model, settings, listener, cancelled);
        String createdBy = "Quatrain Studio " + Provenance.appVersion() + ", DL4J " + Provenance.dl4jVersion();
        JudgeTrainer.Data data = new JudgeTrainer.Data(real, generated, documents.source(),
                ModelFingerprint.of(bundle), createdBy);
        Judge judge = JudgeTrainer.train(data, settings, (System.nanoTime() - start) / 1e9, listener, cancelled);
        ModelBundle saved = bundle.withJudge(bundle.manifest().rewritten(Instant.now().toString()), judge.entry());
        try (OutputLock lock = OutputLock.acquire(model.file())) {
            BundleIO.write(saved, model.file());
            return model.withJudge(judge, saved, Files.size(model.file()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JudgeCorpus inFile(TrainedModel model, ModelBundle bundle) {
        if (bundle.documents().isEmpty()) {
            var info = bundle.manifest().corpus();
            throw NoCorpusException.of(String.valueOf(model.file().getFileName()), info == null ? "" : info.name());
        }
        return new JudgeCorpus(bundle.documents(), "the model file");
    }

    /** {@code samples} documents drawn without replacement (seeded), each as the model's tokens would write it. */
    static List<String> corpusTexts(List<String> documents, ModelBundle bundle, JudgeSettings settings) {
        ModelSpec spec = bundle.model();
        DocumentPreparation preparation = new DocumentPreparation(spec);
        List<String> texts = new ArrayList<>();
        for (int index : draw(documents.size(), settings.seed())) {
            String text = JudgeTexts.ofDocument(documents.get(index), preparation, bundle.vocabulary(), spec.level());
            if (!text.isBlank()) {
                texts.add(text);
                if (texts.size() == settings.samples()) {
                    break;
                }
            }
        }
        return texts;
    }

    /** Indices in a seeded order: a permutation, or distinct random draws for a corpus of millions of documents. */
    private static int[] draw(int n, long seed) {
        if (n <= Shuffle.ARRAY_LIMIT) {
            return Shuffle.permutation(n, seed);
        }
        Random random = new Random(seed);
        Set<Integer> picked = new LinkedHashSet<>();
        while (picked.size() < Math.min(n, 200_000)) {
            picked.add(random.nextInt(n));
        }
        return picked.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * {@code n} candidates drawn as Generate draws them (quatrain i from the seed and i, so the same seed gives the
     * same candidates), each with {@code judged}'s score, in the order written.
     *
     * @throws IllegalStateException when the model has no judge of its present weights
     */
    public static List<RankedQuatrain> candidates(TrainedModel judged, SamplingSpec spec, int n) {
        TextGenerator generator = judged.generator();
        List<Quatrain> written = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            written.add(generator.generateOne(spec, i));
        }
        double[] scores = judged.judgeScores(written);
        List<RankedQuatrain> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new RankedQuatrain(written.get(i), scores[i]));
        }
        return out;
    }

    private static List<String> generatedTexts(TrainedModel model, JudgeSettings settings,
            JudgeProgress.Listener listener, BooleanSupplier cancelled) {
        TokenLevel level = model.info().model().level();
        SamplingSpec sampling = new SamplingSpec(settings.temperature(), 0, 1.0, "",
                level == TokenLevel.WORD ? WORDS : CHARACTERS, settings.samples(), settings.seed());
        TextGenerator generator = model.generator();
        List<String> texts = new ArrayList<>(settings.samples());
        for (int i = 0; i < settings.samples(); i++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("judge training stopped");
            }
            Quatrain q = generator.generateOne(sampling, i);
            texts.add(JudgeTexts.of(q.tokens(), level));
            listener.onProgress(new JudgeProgress(JudgeProgress.Phase.WRITING, i + 1, settings.samples(), Double.NaN));
        }
        return texts;
    }
}
