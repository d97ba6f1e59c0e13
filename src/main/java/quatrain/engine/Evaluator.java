package quatrain.engine;

import java.util.List;

import quatrain.core.corpus.Corpus;
import quatrain.core.generate.LanguageModel;
import quatrain.core.generate.TokenStepper;
import quatrain.core.spec.ModelSpec;
import quatrain.core.text.TokenizedCorpus;
import quatrain.core.text.Vocabulary;
import quatrain.engine.data.WindowSet;

/**
 * Scores a model on a held-out text. Networks are scored on the same windows they were trained on (each
 * target from the {@code sequenceLength} tokens before it, left-padded with {@code <s>}); Markov chains
 * from their order-n context, which is the same thing for them.
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
            return report(stepping(trained.model(), data.train()));
        }
    }

    private static WindowEvaluator.Totals stepping(LanguageModel model, List<int[]> documents) {
        long targets = 0;
        long correct = 0;
        long known = 0;
        long knownCorrect = 0;
        double loss = 0;
        double knownLoss = 0;
        int context = model.spec().contextLength();
        for (int[] doc : documents) {
            TokenStepper stepper = model.newStepper();
            float[] logits = null;
            for (int i = 0; i < context; i++) {
                logits = stepper.step(Vocabulary.START_ID);
            }
            for (int i = 1; i < doc.length; i++) {
                int target = doc[i];
                double l = -logSoftmax(logits, target);
                boolean hit = argmax(logits) == target;
                targets++;
                loss += l;
                correct += hit ? 1 : 0;
                if (target != Vocabulary.UNKNOWN_ID) {
                    known++;
                    knownLoss += l;
                    knownCorrect += hit ? 1 : 0;
                }
                logits = stepper.step(target);
            }
        }
        return new WindowEvaluator.Totals(targets, loss, correct, known, knownLoss, knownCorrect);
    }

    private static EvaluationReport report(WindowEvaluator.Totals t) {
        return new EvaluationReport(t.targets(), t.targets() - t.knownTargets(), t.loss(), Math.exp(t.loss()),
                t.knownTargets(), t.knownLoss(), t.knownAccuracy(), POLICY);
    }

    static double logSoftmax(float[] logits, int index) {
        double max = Double.NEGATIVE_INFINITY;
        for (float v : logits) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (float v : logits) {
            sum += Math.exp(v - max);
        }
        return logits[index] - max - Math.log(sum);
    }

    private static int argmax(float[] logits) {
        int best = 0;
        for (int i = 1; i < logits.length; i++) {
            if (logits[i] > logits[best]) {
                best = i;
            }
        }
        return best;
    }
}
