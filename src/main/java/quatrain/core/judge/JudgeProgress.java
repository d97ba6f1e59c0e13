package quatrain.core.judge;

/**
 * How far the training of a judge has come.
 *
 * @param phase what it is doing
 * @param done  units of the phase done (quatrains written, epochs trained)
 * @param total units in the phase
 * @param auc   the held-out AUC after the epoch, while training (NaN before)
 */
public record JudgeProgress(Phase phase, int done, int total, double auc) {

    /** The phases of a judge's training, in order. */
    public enum Phase {
        /** The model writes the generated texts. */
        WRITING,
        /** The classifier learns. */
        TRAINING
    }

    /** Receives progress on the thread that trains. */
    @FunctionalInterface
    public interface Listener {
        Listener NONE = p -> {
        };

        void onProgress(JudgeProgress progress);
    }
}
