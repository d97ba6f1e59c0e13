package quatrain.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.BiConsumer;

import quatrain.launch.StopSignal;

/**
 * How a command with something to finish ({@code train}, {@code ui}) takes TERM, INT and HUP: itself, instead of
 * the JVM's shutdown. The JVM would run every shutdown hook at once, libraries' included, while the command still
 * works: MapDB's hook closed the run statistics under a training that was still writing them ("DB was closed",
 * the partial epoch lost), and a hook of our own that waited for the trainer made {@code System.exit} wait on it.
 * Here the first signal asks the command to stop; its own thread finishes, and only then does the process exit.
 *
 * <p>A signal within {@link #SAME_REQUEST_NANOS} of the first is the same request: Ctrl+C at a terminal reaches
 * both the process the user started and the one it relaunched ({@code quatrain.launch.JvmTuning}), and the first passes
 * its copy on as well. A later one means "now": the process says so and halts, saving nothing.
 */
final class SignalStop implements AutoCloseable {
    /** A person's second Ctrl+C takes longer than this; a forwarded copy of the first takes milliseconds. */
    static final long SAME_REQUEST_NANOS = 1_000_000_000L;

    /** What a signal means, given the ones before it. */
    enum Meaning {
        FIRST, SAME_AGAIN, QUIT_NOW
    }

    private final PrintWriter err;
    private final String quitting;
    private final BiConsumer<SignalStop, StopSignal> onFirst;
    private final Object printing = new Object();
    private final StopSignal.Installed handlers;
    private StopSignal first;
    private long firstAt;
    private boolean quittingNow;
    private volatile boolean exiting;

    private SignalStop(PrintWriter err, String quitting, BiConsumer<SignalStop, StopSignal> onFirst, boolean install) {
        this.err = err;
        this.quitting = quitting;
        this.onFirst = onFirst;
        this.handlers = install ? StopSignal.handle(this::received) : null;
    }

    /**
     * Takes the stop signals until closed.
     *
     * @param quitting what a later signal does, for its line ("quit without saving")
     * @param onFirst  the first signal: must return soon (it runs on the signal's thread); may call {@link #exit}
     */
    static SignalStop install(PrintWriter err, String quitting, BiConsumer<SignalStop, StopSignal> onFirst) {
        return new SignalStop(err, quitting, onFirst, true);
    }

    /** Without touching this JVM's handlers: for tests, which call {@link #received} themselves. */
    static SignalStop detached(PrintWriter err, String quitting, BiConsumer<SignalStop, StopSignal> onFirst) {
        return new SignalStop(err, quitting, onFirst, false);
    }

    /** The first stop signal, if one came. */
    synchronized Optional<StopSignal> signal() {
        return Optional.ofNullable(first);
    }

    synchronized Meaning classify(StopSignal signal, long nanos) {
        if (first == null) {
            first = signal;
            firstAt = nanos;
            return Meaning.FIRST;
        }
        if (nanos - firstAt < SAME_REQUEST_NANOS || quittingNow) {
            return Meaning.SAME_AGAIN;
        }
        quittingNow = true; // the second Ctrl+C arrives twice too
        return Meaning.QUIT_NOW;
    }

    private void received(StopSignal signal) {
        switch (classify(signal, System.nanoTime())) {
            case FIRST -> onFirst.accept(this, signal);
            case SAME_AGAIN -> { }
            case QUIT_NOW -> {
                say(signal.label() + " again: " + quitting);
                // halt, not exit: shutdown hooks would close files under the work still running
                Runtime.getRuntime().halt(signal.exitStatus());
            }
        }
    }

    /** Prints a line unless the process is exiting from a signal's thread (then nothing more is said). */
    void say(String line) {
        synchronized (printing) {
            if (!exiting) {
                err.println(line);
                err.flush();
            }
        }
    }

    /** Runs {@code print} unless the process is exiting (a listener's output, say), excluding {@link #exit}. */
    void unlessExiting(Runnable print) {
        synchronized (printing) {
            if (!exiting) {
                print.run();
            }
        }
    }

    /**
     * Ends the process from the signal's thread with one last line, when there is nothing to finish: shutdown
     * hooks run (nothing of the command's is open yet), and the command's thread says nothing more.
     */
    void exit(StopSignal signal, String line) {
        synchronized (printing) {
            err.println(line);
            err.flush();
            exiting = true;
        }
        System.exit(signal.exitStatus());
    }

    /** The command's thread calls this before it prints or returns: while {@link #exit} runs, it waits for the end. */
    void holdIfExiting() {
        if (!exiting) {
            return;
        }
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (handlers != null) {
            handlers.close();
        }
    }
}
