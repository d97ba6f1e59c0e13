package quatrain.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * An executor that holds the work handed to it until {@link #open()}, then runs it all, in order, on the executor it
 * wraps, and from then on passes work straight through. The app opens it once its window's first frame is laid out:
 * on a 2-core machine the panes' start-up work (detecting the device loads ND4J, reading the sample corpus, pruning
 * recent files) would otherwise take the cores the first frame needs (docs/BENCHMARKS.md, "Time to the app's first
 * frame").
 */
public final class StartGate implements Executor {
    private final Executor delegate;
    private List<Runnable> held = new ArrayList<>();

    public StartGate(Executor delegate) {
        this.delegate = Objects.requireNonNull(delegate);
    }

    @Override
    public void execute(Runnable task) {
        Objects.requireNonNull(task);
        synchronized (this) {
            if (held != null) {
                held.add(task);
                return;
            }
        }
        delegate.execute(task);
    }

    /** Hands the held work to the wrapped executor, in the order it came; later calls do nothing. */
    public void open() {
        List<Runnable> release;
        synchronized (this) {
            release = held;
            held = null;
        }
        if (release != null) {
            release.forEach(delegate::execute);
        }
    }

    public synchronized boolean isOpen() {
        return held == null;
    }
}
