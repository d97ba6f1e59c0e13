package quatrain.core.training;

/**
 * Lets another thread stop or pause a training run. The trainer looks at it between minibatches, so a stop
 * never leaves a half-applied update behind.
 *
 * <p>A run has two phases for a stop: while it prepares (reads the corpus, builds the network) nothing is worth
 * saving and a stop may abandon it at once ({@link #abandonIfNotBegun}); from {@link #begin} on a stop is a
 * {@link #cancel}: the running minibatch finishes and the model is saved. The switch is atomic, so exactly one
 * of the two happens.
 */
public final class TrainingControl {
    private volatile boolean cancelled;
    private boolean paused;
    private boolean begun;
    private boolean abandoned;

    public void cancel() {
        cancelled = true;
        synchronized (this) {
            notifyAll();
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public synchronized void pause() {
        paused = true;
    }

    public synchronized void resume() {
        paused = false;
        notifyAll();
    }

    public synchronized boolean isPaused() {
        return paused;
    }

    /** Blocks while paused; returns at once when not paused or when cancelled. */
    public synchronized void awaitIfPaused() throws InterruptedException {
        while (paused && !cancelled) {
            wait();
        }
    }

    /**
     * Called by the trainer when its work starts (the first minibatch, or a Markov chain's save). False when the
     * run was abandoned before: then it must stop without training or saving anything.
     */
    public synchronized boolean begin() {
        if (!abandoned) {
            begun = true;
        }
        return begun;
    }

    /**
     * Abandons the run if its work has not begun, and says whether it did; once begun, a stop must be a
     * {@link #cancel} instead. Also cancels, so a trainer that is still preparing stops at its next look.
     */
    public synchronized boolean abandonIfNotBegun() {
        if (!begun) {
            abandoned = true;
            cancel();
        }
        return abandoned;
    }
}
