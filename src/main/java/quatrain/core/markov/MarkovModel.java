package quatrain.core.markov;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import quatrain.core.generate.LanguageModel;
import quatrain.core.generate.TokenStepper;
import quatrain.core.spec.ModelKind;
import quatrain.core.spec.ModelSpec;
import quatrain.core.text.Vocabulary;

/**
 * An order-n Markov chain over word or character ids, the baseline that trains in seconds. It writes from the
 * longest context it saw in training, from n tokens down to none (the unigram): no mixing of orders, so it only
 * draws a token that followed that very context, which keeps its text close to the corpus. A context that only
 * ever preceded {@code <unk>} is skipped like an unseen one, since generation never draws {@code <unk>}. Held-out
 * text is scored with the same counts smoothed ({@link #score}): a text's unseen transitions must cost a finite
 * amount, or one of them makes the cross-entropy infinite. Immutable once trained; steppers are independent.
 */
public final class MarkovModel implements LanguageModel {
    private static final int MAGIC = 0x514D4B56; // "QMKV"
    private static final int END_MAGIC = 0x454E4421; // "END!"
    private static final int VERSION = 1;

    private final Vocabulary vocabulary;
    private final ModelSpec spec;
    private final ContextTable[] tables; // tables[k]: contexts of k tokens, k = 0..order

    private MarkovModel(Vocabulary vocabulary, ModelSpec spec, ContextTable[] tables) {
        this.vocabulary = vocabulary;
        this.spec = spec;
        this.tables = tables;
    }

    /**
     * Counts every context of 0 to {@code spec.markovOrder()} tokens and what followed it.
     *
     * @param encodedDocuments documents as {@link Vocabulary#encodeDocument} makes them: {@code <s>}, ids,
     *                         {@code </s>}; each is left-padded with {@code order - 1} more {@code <s>}
     */
    public static MarkovModel train(List<int[]> encodedDocuments, Vocabulary vocabulary, ModelSpec spec) {
        requireMarkov(spec);
        if (encodedDocuments.isEmpty()) {
            throw new IllegalArgumentException("no documents to train the Markov chain on");
        }
        int order = spec.markovOrder();
        List<int[]> padded = pad(encodedDocuments, order, vocabulary.size());
        ContextTable[] tables = new ContextTable[order + 1];
        for (int k = 0; k <= order; k++) {
            tables[k] = ContextTable.count(padded, order, k);
        }
        return new MarkovModel(vocabulary, spec, tables);
    }

    private static void requireMarkov(ModelSpec spec) {
        if (spec.kind() != ModelKind.MARKOV) {
            throw new IllegalArgumentException("a Markov chain needs a MARKOV spec, not " + spec.kind());
        }
    }

    private static List<int[]> pad(List<int[]> documents, int order, int vocabularySize) {
        List<int[]> padded = new ArrayList<>(documents.size());
        for (int[] doc : documents) {
            if (doc.length < 2 || doc[0] != Vocabulary.START_ID) {
                throw new IllegalArgumentException("documents must be encoded as <s> ids… </s> (Vocabulary.encodeDocument)");
            }
            int[] p = new int[doc.length + order - 1];
            Arrays.fill(p, 0, order - 1, Vocabulary.START_ID);
            System.arraycopy(doc, 0, p, order - 1, doc.length);
            for (int id : doc) {
                if (id < 0 || id >= vocabularySize) {
                    throw new IllegalArgumentException("token id " + id + " outside the vocabulary");
                }
            }
            padded.add(p);
        }
        return padded;
    }

    @Override
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    @Override
    public ModelSpec spec() {
        return spec;
    }

    public int order() {
        return tables.length - 1;
    }

    /** Contexts seen in training, per length 0..order. */
    public int[] contextCounts() {
        return Arrays.stream(tables).mapToInt(ContextTable::contexts).toArray();
    }

    @Override
    public TokenStepper newStepper() {
        return new MarkovStepper(this);
    }

    /**
     * The longest usable context among the last {@code available} ids before {@code end}, as
     * {@code (length << 32) | contextIndex}; the unigram (length 0) is always usable.
     */
    long select(int[] ids, int end, int available) {
        for (int k = Math.min(order(), available); k > 0; k--) {
            int c = tables[k].find(ContextTable.key(ids, end, k));
            if (c >= 0 && tables[k].predictsAKnownToken(c)) {
                return ((long) k << 32) | c;
            }
        }
        return 0;
    }

    /** Fills {@code logits} with the log-probabilities after the context {@link #select} picks. */
    void logits(int[] ids, int end, int available, float[] logits) {
        long chosen = select(ids, end, available);
        Arrays.fill(logits, Float.NEGATIVE_INFINITY);
        tables[(int) (chosen >>> 32)].logProbabilities((int) chosen, logits);
    }

    /** What {@link #score} says of each predicted token. */
    @FunctionalInterface
    public interface TokenScores {
        /**
         * @param target         the token that came
         * @param logProbability its natural log-probability under the smoothed counts (finite)
         * @param likeliest      whether it is the token the generator finds likeliest there
         */
        void accept(int target, double logProbability, boolean likeliest);
    }

    /**
     * Scores every predicted token of {@code documents} (every id after the padding, {@code </s>} included), each
     * from the contexts before it, with interpolated Witten–Bell smoothing: the estimate after a context of k tokens
     * is {@code (count(w) + T · p_{k-1}(w)) / (N + T)}, where N is how often the context was seen and T how many
     * different tokens followed it, and below the unigram lies the uniform distribution over the vocabulary. A
     * context seen with many different followers leaves more to the shorter ones; an unseen context passes its
     * shorter one's estimate on unchanged.
     */
    public void score(List<int[]> documents, TokenScores sink) {
        int order = order();
        for (int[] doc : pad(documents, order, vocabulary.size())) {
            for (int i = order; i < doc.length; i++) {
                long chosen = select(doc, i, i);
                int likeliest = tables[(int) (chosen >>> 32)].likeliest((int) chosen);
                sink.accept(doc[i], Math.log(probability(doc, i, doc[i])), likeliest == doc[i]);
            }
        }
    }

    /** Interpolated Witten–Bell, from the uniform distribution up through every seen context before {@code end}. */
    private double probability(int[] ids, int end, int target) {
        double p = 1.0 / vocabulary.size();
        for (int k = 0; k <= order(); k++) {
            ContextTable table = tables[k];
            int c = table.find(ContextTable.key(ids, end, k));
            if (c < 0) {
                break; // a longer context holds this one at its end: unseen too
            }
            long seen = table.total(c);
            int followers = table.followers(c);
            p = (table.count(c, target) + followers * p) / (seen + followers);
        }
        return p;
    }

    /**
     * Mean negative log-likelihood in nats per predicted token under {@link #score}'s smoothing; NaN when the
     * documents hold nothing to predict.
     */
    public double crossEntropy(List<int[]> documents) {
        double[] sum = new double[1];
        long[] n = new long[1];
        score(documents, (target, logProbability, likeliest) -> {
            sum[0] -= logProbability;
            n[0]++;
        });
        return n[0] == 0 ? Double.NaN : sum[0] / n[0];
    }

    /**
     * Writes the counts (not the vocabulary or spec, which the bundle keeps) in a versioned binary form.
     * Flushes but does not close {@code out}.
     */
    public void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
        data.writeInt(MAGIC);
        data.writeInt(VERSION);
        data.writeInt(order());
        data.writeInt(vocabulary.size());
        for (ContextTable table : tables) {
            table.write(data);
        }
        data.writeInt(END_MAGIC);
        data.flush();
    }

    /**
     * Reads what {@link #write} wrote, for this vocabulary and spec. Reads exactly the model's bytes, so a
     * buffered stream is faster. A stream that is not a Markov model, is truncated, is corrupt or does not
     * match the vocabulary or order throws IOException with a message saying which.
     */
    public static MarkovModel read(InputStream in, Vocabulary vocabulary, ModelSpec spec) throws IOException {
        requireMarkov(spec);
        DataInputStream data = new DataInputStream(in);
        try {
            if (data.readInt() != MAGIC) {
                throw new IOException("not a Markov model (wrong header)");
            }
            int version = data.readInt();
            if (version != VERSION) {
                throw new IOException("Markov model format version " + version + " is not supported (expected "
                        + VERSION + ")");
            }
            int order = data.readInt();
            int size = data.readInt();
            if (order != spec.markovOrder() || size != vocabulary.size()) {
                throw new IOException("the Markov model has order " + order + " and " + size
                        + " tokens, but its spec says order " + spec.markovOrder() + " and the vocabulary has "
                        + vocabulary.size() + " tokens");
            }
            ContextTable[] tables = new ContextTable[order + 1];
            for (int k = 0; k <= order; k++) {
                tables[k] = ContextTable.read(data, size);
            }
            if (data.readInt() != END_MAGIC) {
                throw new IOException("the Markov model data is corrupt: no end marker");
            }
            return new MarkovModel(vocabulary, spec, tables);
        } catch (EOFException e) {
            throw new IOException("the Markov model data is truncated", e);
        }
    }
}
