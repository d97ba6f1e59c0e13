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

    private RowRanges() {
    }

    static void run(int rows, int unitsPerRow, Body body) {
        int parts = Math.min(PARTS, rows);
        if (parts <= 1 || (long) rows * unitsPerRow < MIN_WORK) {
            body.rows(0, rows);
            return;
        }
        ForkJoinPool.commonPool().invoke(new Part(body, 0, rows, (rows + parts - 1) / parts));
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
