package quatrain.engine.data;

import java.util.List;

import quatrain.core.spec.ModelSpec;
import quatrain.core.text.Vocabulary;

/**
 * Fixed-length training windows over documents: each window is the {@code length} tokens before a target
 * token. Documents ({@code [<s>, ids…, </s>]}) are left-padded with {@code length - 1} more {@code <s>}, so
 * every real token and the end marker are targets and the first is predicted from {@code <s>} alone, as in
 * generation. Windows are stored as target positions in one token stream (no copies of the contexts).
 */
public final class WindowSet {
    private final int[] stream;
    private final int[] targets;
    private final int length;

    private WindowSet(int[] stream, int[] targets, int length) {
        this.stream = stream;
        this.targets = targets;
        this.length = length;
    }

    /**
     * @param documents encoded documents, each starting with {@code <s>} and ending with {@code </s>}
     * @param length    tokens of context per window
     * @param step      take every {@code step}-th target of each document (1 = all)
     */
    public static WindowSet of(List<int[]> documents, int length, int step) {
        if (length < 1 || step < 1) {
            throw new IllegalArgumentException("length and step must be positive");
        }
        long streamSize = 0;
        long windowCount = 0;
        for (int[] doc : documents) {
            streamSize += doc.length + length - 1;
            windowCount += (doc.length - 1 + step - 1) / step;
        }
        if (streamSize > Integer.MAX_VALUE - 8 || windowCount > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("corpus too large for in-memory windows");
        }
        int[] stream = new int[(int) streamSize];
        int[] targets = new int[(int) windowCount];
        int pos = 0;
        int w = 0;
        for (int[] doc : documents) {
            for (int i = 0; i < length - 1; i++) {
                stream[pos++] = Vocabulary.START_ID;
            }
            int docStart = pos;
            System.arraycopy(doc, 0, stream, pos, doc.length);
            pos += doc.length;
            for (int i = 1; i < doc.length; i += step) {
                targets[w++] = docStart + i;
            }
        }
        return new WindowSet(stream, targets, length);
    }

    /**
     * Sequences for every-step training: the documents laid end to end ({@code <s> … </s> <s> …}) and cut into
     * chunks of {@code length} tokens every {@code step} tokens; window {@code i}'s context is its chunk, and its
     * targets are the chunk shifted by one ({@link #contextToken} at t + 1, then {@link #target}).
     */
    public static WindowSet sequences(List<int[]> documents, int length, int step) {
        if (length < 1 || step < 1) {
            throw new IllegalArgumentException("length and step must be positive");
        }
        long total = 0;
        for (int[] doc : documents) {
            total += doc.length;
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("corpus too large for in-memory windows");
        }
        int[] stream = new int[(int) total];
        int pos = 0;
        for (int[] doc : documents) {
            System.arraycopy(doc, 0, stream, pos, doc.length);
            pos += doc.length;
        }
        int count = stream.length > length ? (stream.length - length - 1) / step + 1 : 0;
        int[] targets = new int[count];
        for (int i = 0; i < count; i++) {
            targets[i] = i * step + length;
        }
        return new WindowSet(stream, targets, length);
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
        return new WindowSet(stream.clone(), targetPositions.clone(), length);
    }

    /** The windows a model trains on: per-target windows, or every-step sequences. */
    public static WindowSet forTraining(ModelSpec spec, List<int[]> documents) {
        return spec.everyStep() ? sequences(documents, spec.sequenceLength(), spec.windowStep())
                : of(documents, spec.sequenceLength(), spec.windowStep());
    }

    /** The windows a model is scored on: every target once. */
    public static WindowSet forEvaluation(ModelSpec spec, List<int[]> documents) {
        return spec.everyStep() ? sequences(documents, spec.sequenceLength(), spec.sequenceLength())
                : of(documents, spec.sequenceLength(), 1);
    }

    public int size() {
        return targets.length;
    }

    public int length() {
        return length;
    }

    public int target(int window) {
        return stream[targets[window]];
    }

    /** Copies window {@code window}'s context ids into {@code out[offset .. offset+length)}. */
    public void context(int window, int[] out, int offset) {
        System.arraycopy(stream, targets[window] - length, out, offset, length);
    }

    /** The context token at time step {@code t} of window {@code window}. */
    public int contextToken(int window, int t) {
        return stream[targets[window] - length + t];
    }
}
