package quatrain.engine.data;

import java.util.List;
import java.util.SplittableRandom;

import quatrain.core.corpus.CorpusException;
import quatrain.core.spec.ModelSpec;
import quatrain.core.text.TokenStream;
import quatrain.core.text.Vocabulary;

/**
 * Fixed-length training windows over encoded documents, read straight from their {@link TokenStream}
 * (nothing is copied, so a stream in a mapped file stays there). Each window is the {@code length} tokens
 * before a target token. Per-target windows treat every document as left-padded with {@code length - 1} more
 * {@code <s>}, so every real token and the end marker are targets and the first is predicted from
 * {@code <s>} alone, as in generation; every-step sequences cut the documents laid end to end.
 */
public final class WindowSet {
    private final TokenStream stream;
    private final int length;
    private final Targets targets;

    private WindowSet(TokenStream stream, int length, Targets targets) {
        this.stream = stream;
        this.length = length;
        this.targets = targets;
    }

    /**
     * @param documents encoded documents, each starting with {@code <s>} and ending with {@code </s>}
     * @param length    tokens of context per window
     * @param step      take every {@code step}-th target of each document (1 = all)
     */
    public static WindowSet of(TokenStream documents, int length, int step) {
        check(length, step);
        return new WindowSet(documents, length, new PerDocument(documents, step));
    }

    public static WindowSet of(List<int[]> documents, int length, int step) {
        return of(TokenStream.of(documents), length, step);
    }

    /**
     * Sequences for every-step training: the documents laid end to end ({@code <s> … </s> <s> …}) and cut into
     * chunks of {@code length} tokens every {@code step} tokens; window {@code i}'s context is its chunk, and its
     * targets are the chunk shifted by one ({@link #contextToken} at t + 1, then {@link #target}).
     */
    public static WindowSet sequences(TokenStream documents, int length, int step) {
        check(length, step);
        long total = documents.size();
        long count = total > length ? (total - length - 1) / step + 1 : 0;
        return new WindowSet(documents, length, new Strided(windowCount(count), step, length, 0));
    }

    public static WindowSet sequences(List<int[]> documents, int length, int step) {
        return sequences(TokenStream.of(documents), length, step);
    }

    /**
     * Windows over a ready-made token stream: window {@code i} is the {@code length} tokens before
     * {@code targetPositions[i]} (each at least {@code length}). For benchmark recipes that window text their
     * own way.
     */
    public static WindowSet fromPositions(int[] stream, int[] targetPositions, int length) {
        for (int p : targetPositions) {
            if (p < length || p >= stream.length) {
                throw new IllegalArgumentException("target position " + p + " has no full window");
            }
        }
        int[] positions = targetPositions.clone();
        return new WindowSet(TokenStream.of(List.of(stream)), length, new Listed(positions));
    }

    /** The windows a model trains on: per-target windows, or every-step sequences. */
    public static WindowSet forTraining(ModelSpec spec, TokenStream documents) {
        return spec.everyStep() ? sequences(documents, spec.sequenceLength(), spec.windowStep())
                : of(documents, spec.sequenceLength(), spec.windowStep());
    }

    /** The windows a model is scored on: every target once. */
    public static WindowSet forEvaluation(ModelSpec spec, TokenStream documents) {
        return spec.everyStep() ? sequences(documents, spec.sequenceLength(), spec.sequenceLength())
                : of(documents, spec.sequenceLength(), 1);
    }

    private static void check(int length, int step) {
        if (length < 1 || step < 1) {
            throw new IllegalArgumentException("length and step must be positive");
        }
    }

    static int windowCount(long count) {
        if (count > Integer.MAX_VALUE - 8) {
            throw new CorpusException(String.format(java.util.Locale.ROOT,
                    "The text gives %,d windows, more than one epoch can index (%,d). Use a larger window step or a"
                            + " smaller text.", count, Integer.MAX_VALUE - 8));
        }
        return (int) count;
    }

    public int size() {
        return targets.size();
    }

    /**
     * How many tokens later every-step sequences can be cut and still be as many, whole ({@link #shifted}): less
     * than the step, and no more than the tokens left over after the last sequence. 0 for other windows.
     */
    public int maxShift() {
        if (!(targets instanceof Strided s) || s.size() == 0) {
            return 0;
        }
        long spare = stream.size() - 1 - s.position(s.size() - 1);
        return (int) Math.min(s.step() - 1L, spare);
    }

    /**
     * The sequences an epoch trains on when each epoch cuts the text at a new place: these shifted by an offset drawn
     * from {@code seed} and {@code epoch} (0 … {@link #maxShift}), so a resumed or repeated epoch is cut the same way.
     */
    public WindowSet cutForEpoch(long seed, int epoch) {
        int most = maxShift();
        return most == 0 ? this : shifted(new SplittableRandom(seed * 7_368_787L + epoch).nextInt(most + 1));
    }

    /** These every-step sequences cut {@code shift} tokens later (0 … {@link #maxShift}): as many, as long. */
    public WindowSet shifted(int shift) {
        if (shift < 0 || shift > maxShift()) {
            throw new IllegalArgumentException("shift " + shift + " outside 0 … " + maxShift());
        }
        Strided s = (Strided) targets;
        return shift == 0 ? this
                : new WindowSet(stream, length, new Strided(s.size(), s.step(), s.length(), s.shift() + shift));
    }

    public int length() {
        return length;
    }

    public int target(int window) {
        return stream.get(targets.position(window));
    }

    /** Copies window {@code window}'s context ids into {@code out[offset .. offset+length)}. */
    public void context(int window, int[] out, int offset) {
        long target = targets.position(window);
        long floor = targets.floor(window);
        for (int t = 0; t < length; t++) {
            long p = target - length + t;
            out[offset + t] = p < floor ? Vocabulary.START_ID : stream.get(p);
        }
    }

    /**
     * Copies the windows {@code order} visits at {@code from .. from+count)}: their contexts into
     * {@code contexts[b·length ..]} and their targets into {@code targets[b]}, for b = 0 … count - 1. What a
     * minibatch is made of, in ids: here for the trainer's buffers, or to be sent to where a minibatch is trained.
     */
    public void copy(WindowOrder order, int from, int count, int[] contexts, int[] targets) {
        for (int b = 0; b < count; b++) {
            int w = order.window(from + b);
            context(w, contexts, b * length);
            targets[b] = target(w);
        }
    }

    /** The context token at time step {@code t} of window {@code window}. */
    public int contextToken(int window, int t) {
        long p = targets.position(window) - length + t;
        return p < targets.floor(window) ? Vocabulary.START_ID : stream.get(p);
    }

    /** Where each window's target lies in the stream, and below which its context is {@code <s>} padding. */
    private interface Targets {
        int size();

        long position(int window);

        long floor(int window);
    }

    /** Every {@code step}-th token after each document's {@code <s>}: one int per document, found by bisection. */
    private static final class PerDocument implements Targets {
        private final TokenStream stream;
        private final int step;
        private final int[] firstWindow;

        PerDocument(TokenStream stream, int step) {
            this.stream = stream;
            this.step = step;
            this.firstWindow = new int[stream.documents() + 1];
            long count = 0;
            for (int d = 0; d < stream.documents(); d++) {
                count += (stream.length(d) - 1 + step - 1) / step;
                firstWindow[d + 1] = windowCount(count);
            }
        }

        @Override
        public int size() {
            return firstWindow[firstWindow.length - 1];
        }

        /** The document holding window {@code w}: the last whose first window is at or before it. */
        private int document(int w) {
            int lo = 0;
            int hi = firstWindow.length - 1;
            while (hi - lo > 1) {
                int mid = (lo + hi) >>> 1;
                if (firstWindow[mid] <= w) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        @Override
        public long position(int window) {
            int d = document(window);
            return stream.start(d) + 1 + (long) (window - firstWindow[d]) * step;
        }

        @Override
        public long floor(int window) {
            return stream.start(document(window));
        }
    }

    /** Window {@code i} ends at {@code i·step + length + shift}: nothing stored. */
    private record Strided(int size, int step, int length, int shift) implements Targets {
        @Override
        public long position(int window) {
            return (long) window * step + length + shift;
        }

        @Override
        public long floor(int window) {
            return 0;
        }
    }

    private record Listed(int[] positions) implements Targets {
        @Override
        public int size() {
            return positions.length;
        }

        @Override
        public long position(int window) {
            return positions[window];
        }

        @Override
        public long floor(int window) {
            return 0;
        }
    }
}
