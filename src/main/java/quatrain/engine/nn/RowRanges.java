package quatrain.engine.nn;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/**
 * Splits the rows of a minibatch over the CPU's cores for the gate maths, which runs while ND4J's own threads
 * wait. Small jobs stay on the calling thread: forking costs more than it saves below {@link #MIN_WORK}.
 */
final class RowRanges {
    /** Rows × units below which the work is done on one thread. */
    static final int MIN_WORK = 8_192;
    private static final int CORES = Math.max(1, Runtime.getRuntime().availableProcessors());
    /** The most parts a job splits into: the core count, unless a test forces another ({@link #forceParts}). */
    private static volatile int maxParts = CORES;

    @FunctionalInterface
    interface Body {
        void rows(int from, int to);
    }

    /** A body told which part it is: part {@code p} covers rows {@code [p·grain, min((p+1)·grain, rows))}. */
    @FunctionalInterface
    interface PartBody {
        void rows(int part, int from, int to);
    }

    /** Ends a {@link #forceParts} setting: {@code try (var forced = RowRanges.forceParts(3)) { ... }}. */
    interface ForcedParts extends AutoCloseable {
        @Override
        void close();
    }

    private RowRanges() {
    }

    /**
     * Test seam: split as if the machine had {@code parts} cores until the returned handle is closed, so tests
     * take the multi-part path (and its uneven last part) on any machine, a 1-core CI runner included. The
     * {@link #MIN_WORK} gate still applies. Not for production code: the setting is global to the JVM.
     */
    static ForcedParts forceParts(int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("parts must be at least 1: " + parts);
        }
        int before = maxParts;
        maxParts = parts;
        return () -> maxParts = before;
    }

    static void run(int rows, int unitsPerRow, Body body) {
        int grain = grain(rows, unitsPerRow);
        if (grain >= rows) {
            body.rows(0, rows);
            return;
        }
        ForkJoinPool.commonPool().invoke(new Part(body, 0, rows, grain));
    }

    /**
     * As {@link #run}, with each part's index, so per-part results (partial sums) can be kept apart and combined
     * in a fixed order: the same bits whichever thread ran which part. There are {@link #parts} of them.
     */
    static void run(int rows, int unitsPerRow, PartBody body) {
        int grain = grain(rows, unitsPerRow);
        run(rows, unitsPerRow, (from, to) -> body.rows(from / grain, from, to));
    }

    /** How many parts {@link #run} splits these rows into (at least 1). */
    static int parts(int rows, int unitsPerRow) {
        int grain = grain(rows, unitsPerRow);
        return Math.max(1, (rows + grain - 1) / grain);
    }

    /** Rows per part: all of them when the work is too small to split. */
    private static int grain(int rows, int unitsPerRow) {
        int parts = Math.min(maxParts, rows);
        if (parts <= 1 || (long) rows * unitsPerRow < MIN_WORK) {
            return Math.max(1, rows);
        }
        return (rows + parts - 1) / parts;
    }

    private static final class Part extends RecursiveAction {
        private static final long serialVersionUID = 1L;
        private final transient Body body;
        private final int from;
        private final int to;
        private final int grain;

        Part(Body body, int from, int to, int grain) {
            this.body = body;
            this.from = from;
            this.to = to;
            this.grain = grain;
        }

        @Override
        protected void compute() {
            if (to - from <= grain) {
                body.rows(from, to);
                return;
            }
            int mid = from + grain;
            invokeAll(new Part(body, from, mid, grain), new Part(body, mid, to, grain));
        }
    }
}
