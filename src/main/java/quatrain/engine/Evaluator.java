package quatrain.engine;

import java.util.List;

import quatrain.core.corpus.Corpus;
import quatrain.core.markov.MarkovModel;
import quatrain.core.spec.ModelSpec;
import quatrain.core.text.TokenizedCorpus;
import quatrain.core.text.Vocabulary;
import quatrain.engine.data.WindowSet;

/**
 * Scores a model on a held-out text. Networks are scored on the same windows they were trained on (each
 * target from the {@code sequenceLength} tokens before it, left-padded with {@code <s>}); Markov chains
 * from their order-n context, with their counts smoothed ({@link MarkovModel#score}).
 */
public final class Evaluator {
    static final String POLICY = "Text is tokenised as in training; tokens outside the model's vocabulary are"
            + " mapped to <unk> and scored as <unk> in the all-token figures (cross_entropy, perplexity), and left"
            + " out of the in-vocabulary figures. Each document's end marker </s> counts as a target.";
    private static final int BATCH = 1024;

    private Evaluator() {
    }

    public static EvaluationReport evaluate(TrainedModel trained, Corpus text) {
        ModelSpec spec = trained.bundle().model();
        Vocabulary vocab = trained.bundle().vocabulary();
        try (TokenizedCorpus data = TokenizedCorpus.prepare(text, spec, 0.0, 0, vocab)) {
            if (spec.kind().isNeural()) {
                WindowSet windows = WindowSet.forEvaluation(spec, data.trainStream());
                WindowEvaluator.Totals t = WindowEvaluator.evaluate(trained.bundle().network(), windows, vocab.size(),
                        spec.embeddingSize() == 0, spec.everyStep(), WindowEvaluator.batchSize(spec, BATCH));
                return report(t);
            }
            return report(markov((MarkovModel) trained.model(), data.train()));
        }
    }

    /** A Markov chain scores with its smoothed counts: the generator's own logits give unseen tokens -∞. */
    private static WindowEvaluator.Totals markov(MarkovModel model, List<int[]> documents) {
        long[] counts = new long[4]; // targets, correct, known, known correct
        double[] losses = new double[2]; // all, known
        model.score(documents, (target, logProbability, likeliest) -> {
            counts[0]++;
            counts[1] += likeliest ? 1 : 0;
            losses[0] -= logProbability;
            if (target != Vocabulary.UNKNOWN_ID) {
                counts[2]++;
                counts[3] += likeliest ? 1 : 0;
                losses[1] -= logProbability;
            }
        });
        return new WindowEvaluator.Totals(counts[0], losses[0], counts[1], counts[2], losses[1], counts[3]);
    }

    private static EvaluationReport report(WindowEvaluator.Totals t) {
        return new EvaluationReport(t.targets(), t.targets() - t.knownTargets(), t.loss(), Math.exp(t.loss()),
                t.knownTargets(), t.knownLoss(), t.knownAccuracy(), POLICY);
    }
}
