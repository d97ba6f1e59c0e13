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
    private static final int PARTS = Math.max(1, Runtime.getRuntime().availableProcessors());

    @FunctionalInterface
    interface Body {
        void rows(int from, int to);
    }

    /** A body told which part it is: part {@code p} covers rows {@code [p·grain, min((p+1)·grain, rows))}. */
    @FunctionalInterface
    interface PartBody {
        void rows(int part, int from, int to);
    }

    private RowRanges() {
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
        int parts = Math.min(PARTS, rows);
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
