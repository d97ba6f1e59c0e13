package quatrain.engine;

import java.nio.FloatBuffer;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

import quatrain.core.spec.ModelSpec;
import quatrain.core.text.Vocabulary;
import quatrain.engine.data.BatchBuffers;
import quatrain.engine.data.WindowOrder;
import quatrain.engine.data.WindowSet;
import quatrain.engine.nn.HostMemory;

/**
 * Cross-entropy and top-1 accuracy of a network over windows, in inference mode (no dropout), exactly as
 * training computes its loss: one prediction per window, or one per position for every-step models. Also splits the figures into all targets and
 * in-vocabulary targets for evaluation reports. Spark's executors run it on their part of the held-out text and add
 * the totals up ({@code quatrain.engine.spark}).
 */
public final class WindowEvaluator {
    private static final double MIN_PROBABILITY = 1e-12;

    /** Sums over a set of windows; serializable, as executors send theirs to the driver. */
    public record Totals(long targets, double lossSum, long correct, long knownTargets, double knownLossSum,
            long knownCorrect) implements java.io.Serializable {
        public static final Totals NONE = new Totals(0, 0, 0, 0, 0, 0);

        /** The sums over both sets of windows. */
        public Totals plus(Totals o) {
            return new Totals(targets + o.targets, lossSum + o.lossSum, correct + o.correct,
                    knownTargets + o.knownTargets, knownLossSum + o.knownLossSum, knownCorrect + o.knownCorrect);
        }

        public double loss() {
            return targets == 0 ? Double.NaN : lossSum / targets;
        }

        public double accuracy() {
            return targets == 0 ? Double.NaN : (double) correct / targets;
        }

        double knownLoss() {
            return knownTargets == 0 ? Double.NaN : knownLossSum / knownTargets;
        }

        double knownAccuracy() {
            return knownTargets == 0 ? Double.NaN : (double) knownCorrect / knownTargets;
        }
    }

    /** Targets per evaluation minibatch of an every-step model: the recurrent layers' work arrays grow with it. */
    static final int MAX_SEQUENCE_TARGETS = 4096;

    private WindowEvaluator() {
    }

    /**
     * {@code preferred} windows per minibatch, or fewer for an every-step model so that a minibatch has at most
     * {@link #MAX_SEQUENCE_TARGETS} positions (1,024 sequences of 128 characters ran out of a 6 GB heap).
     */
    public static int batchSize(ModelSpec spec, int preferred) {
        return spec.everyStep() ? Math.max(1, Math.min(preferred, MAX_SEQUENCE_TARGETS / spec.sequenceLength()))
                : preferred;
    }

    public static Totals evaluate(MultiLayerNetwork net, WindowSet windows, int vocabularySize, boolean oneHot,
            boolean everyStep, int batchSize) {
        long targets = 0;
        long correct = 0;
        double lossSum = 0;
        long known = 0;
        long knownCorrect = 0;
        double knownLoss = 0;
        if (windows.size() == 0) {
            return Totals.NONE;
        }
        BatchBuffers buffers = new BatchBuffers(windows, vocabularySize, oneHot, everyStep);
        WindowOrder order = WindowOrder.identity(windows.size());
        for (int from = 0; from < order.size(); from += batchSize) {
            int count = Math.min(batchSize, order.size() - from);
            buffers.fill(order, from, count);
            INDArray probs = net.output(buffers.features(), false);
            FloatBuffer p = HostMemory.floats(probs.dup('c'));
            for (int b = 0; b < buffers.labelRows(); b++) {
                int target = buffers.label(b);
                int base = b * vocabularySize;
                double loss = -Math.log(Math.max(p.get(base + target), MIN_PROBABILITY));
                boolean hit = argmax(p, base, vocabularySize) == target;
                targets++;
                lossSum += loss;
                correct += hit ? 1 : 0;
                if (target != Vocabulary.UNKNOWN_ID) {
                    known++;
                    knownLoss += loss;
                    knownCorrect += hit ? 1 : 0;
                }
            }
        }
        return new Totals(targets, lossSum, correct, known, knownLoss, knownCorrect);
    }

    private static int argmax(FloatBuffer p, int base, int n) {
        int best = 0;
        float bestValue = p.get(base);
        for (int i = 1; i < n; i++) {
            float v = p.get(base + i);
            if (v > bestValue) {
                bestValue = v;
                best = i;
            }
        }
        return best;
    }
}
