package quatrain.core.training;

/**
 * Lets another thread stop or pause a training run. The trainer looks at it between minibatches, so a stop
 * never leaves a half-applied update behind.
 */
public final class TrainingControl {
    private volatile boolean cancelled;
    private boolean paused;

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
}
