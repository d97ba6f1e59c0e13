package quatrain.engine.judge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

import quatrain.core.judge.Auc;
import quatrain.core.judge.JudgeInfo;
import quatrain.core.judge.JudgeProgress;
import quatrain.core.judge.JudgeSettings;
import quatrain.engine.data.Shuffle;

/**
 * Trains a judge on corpus texts against generated ones. A {@code heldOut} share of each kind is drawn (seeded)
 * before anything is learnt and only measured: the reported AUC is on texts the judge never trained on. The number
 * of epochs is fixed in advance, so the held-out texts choose nothing and their figure is not flattered.
 */
public final class JudgeTrainer {
    private JudgeTrainer() {
    }

    /**
     * What a judge is trained on and where it came from.
     *
     * @param corpus           corpus texts, as {@code JudgeTexts} writes them
     * @param generated        generated texts, the same way
     * @param corpusSource     where the corpus texts came from, for the judge's provenance
     * @param modelFingerprint the weights of the model that wrote {@code generated}
     * @param createdBy        the app and library versions
     */
    public record Data(List<String> corpus, List<String> generated, String corpusSource, String modelFingerprint,
            String createdBy) {
        public Data {
            corpus = List.copyOf(corpus);
            generated = List.copyOf(generated);
        }
    }

    /** Trains and measures a judge; {@code cancelled} is asked between minibatches. */
    public static Judge train(Data data, JudgeSettings settings, double secondsBefore, JudgeProgress.Listener listener,
            BooleanSupplier cancelled) {
        long start = System.nanoTime();
        Split corpus = Split.of(data.corpus().size(), settings.heldOut(), settings.seed());
        Split generated = Split.of(data.generated().size(), settings.heldOut(), settings.seed() + 1);
        if (corpus.held().length < 2 || generated.held().length < 2 || corpus.train().length < 2
                || generated.train().length < 2) {
            throw new IllegalArgumentException("too few texts to train and measure a judge: " + data.corpus().size()
                    + " from the corpus, " + data.generated().size() + " generated");
        }
        List<String> texts = new ArrayList<>();
        List<Integer> classes = new ArrayList<>();
        add(texts, classes, data.corpus(), corpus.train(), JudgeNetwork.CORPUS);
        add(texts, classes, data.generated(), generated.train(), JudgeNetwork.GENERATED);
        List<String> heldCorpus = pick(data.corpus(), corpus.held());
        List<String> heldGenerated = pick(data.generated(), generated.held());
        int length = settings.maxCharacters();
        Alphabet alphabet = Alphabet.of(texts);
        MultiLayerNetwork net = JudgeNetwork.build(alphabet.size(), length, settings.seed());
        int[] labels = classes.stream().mapToInt(Integer::intValue).toArray();
        double auc = Double.NaN;
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            int[] order = Shuffle.permutation(texts.size(), settings.seed() * 31 + epoch);
            for (int from = 0; from < order.length; from += JudgeNetwork.BATCH) {
                if (cancelled.getAsBoolean()) {
                    net.close();
                    throw new CancellationException("judge training stopped");
                }
                int count = Math.min(JudgeNetwork.BATCH, order.length - from);
                try (INDArray x = JudgeNetwork.features(alphabet, texts, order, from, count, length);
                        INDArray y = JudgeNetwork.labels(labels, order, from, count)) {
                    net.fit(x, y);
                }
            }
            auc = Auc.of(JudgeNetwork.score(net, alphabet, heldCorpus, length),
                    JudgeNetwork.score(net, alphabet, heldGenerated, length));
            listener.onProgress(new JudgeProgress(JudgeProgress.Phase.TRAINING, epoch, settings.epochs(), auc));
        }
        double seconds = secondsBefore + (System.nanoTime() - start) / 1e9;
        JudgeInfo info = new JudgeInfo(auc, settings.temperature(), texts.size(), heldCorpus.size()
                + heldGenerated.size(), settings.epochs(), length, JudgeNetwork.UNITS, settings.seed(),
                data.corpusSource(), data.modelFingerprint(), Instant.now().toString(), data.createdBy(), seconds);
        return new Judge(info, alphabet, net);
    }

    private static void add(List<String> texts, List<Integer> classes, List<String> from, int[] indices, int label) {
        for (int i : indices) {
            texts.add(from.get(i));
            classes.add(label);
        }
    }

    private static List<String> pick(List<String> from, int[] indices) {
        List<String> out = new ArrayList<>(indices.length);
        for (int i : indices) {
            out.add(from.get(i));
        }
        return out;
    }

    /** Indices of one kind of text: those held out, and those trained on. */
    record Split(int[] held, int[] train) {
        static Split of(int n, double heldOut, long seed) {
            int[] order = Shuffle.permutation(n, seed);
            int held = (int) Math.round(n * heldOut);
            return new Split(Arrays.copyOfRange(order, 0, held), Arrays.copyOfRange(order, held, n));
        }
    }
}
