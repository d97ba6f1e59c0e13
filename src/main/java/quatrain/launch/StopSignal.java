package quatrain.launch;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * The signals that ask a process to stop: TERM ({@code kill}, a desktop ending the session, an installer's
 * script), INT (Ctrl+C) and HUP (the terminal closed). The one door to {@code sun.misc.Signal} (module
 * jdk.unsupported, the only way a Java program takes a signal itself or raises one). Numbers are POSIX's, the
 * same on Linux and macOS; a shell reports a process a signal ended as 128 plus the number. No logging here: the
 * relaunching process uses this class and starts faster without a logging framework.
 */
public enum StopSignal {
    HUP(1), INT(2), TERM(15);

    private static final boolean WINDOWS = System.getProperty("os.name", "").startsWith("Windows");

    private final int number;

    StopSignal(int number) {
        this.number = number;
    }

    /** The exit status of a process this signal stopped: 129, 130 or 143. */
    public int exitStatus() {
        return 128 + number;
    }

    /** {@code SIGINT}, as people read it in a terminal. */
    public String label() {
        return "SIG" + name();
    }

    /**
     * Sends each stop signal this JVM gets to {@code handler} instead of the JVM's own handling (shutdown hooks,
     * then exit), until the returned handle is closed, which puts the previous handling back. A signal that was
     * ignored when the JVM started (INT for a job a script started with {@code &}, HUP under {@code nohup}) stays
     * ignored, as the JVM itself leaves it; one the JVM may not take ({@code -Xrs}, HUP on Windows) is left alone.
     * Each delivery runs on a new thread.
     */
    public static Installed handle(Consumer<StopSignal> handler) {
        Map<StopSignal, SignalHandler> previous = new EnumMap<>(StopSignal.class);
        for (StopSignal s : values()) {
            try {
                previous.put(s, Signal.handle(new Signal(s.name()), sig -> handler.accept(s)));
            } catch (IllegalArgumentException unavailable) { // -Xrs, or no such signal here: the default stays
            }
        }
        return new Installed(previous);
    }

    /** Handlers put in place by {@link #handle}; closing restores what was there before. */
    public static final class Installed implements AutoCloseable {
        private final Map<StopSignal, SignalHandler> previous;

        private Installed(Map<StopSignal, SignalHandler> previous) {
            this.previous = previous;
        }

        /** Whether the handler sees this signal: false when it was ignored at start or cannot be handled here. */
        public boolean takes(StopSignal signal) {
            return previous.containsKey(signal) && previous.get(signal) != SignalHandler.SIG_IGN;
        }

        @Override
        public void close() {
            previous.forEach((s, h) -> Signal.handle(new Signal(s.name()), h));
        }
    }

    /**
     * Raises this signal on this process, so that whatever handles it here (the JVM's shutdown, or a command's
     * own handler) runs as if someone had sent it. False when this platform has no such signal.
     */
    public boolean raise() {
        try {
            Signal.raise(new Signal(name()));
            return true;
        } catch (IllegalArgumentException unavailable) {
            return false;
        }
    }

    /**
     * Sends this signal to a process this one started. Java itself can send only TERM ({@code destroy}); INT and
     * HUP go through the shell's {@code kill}. On Windows, TERM and HUP end the process ({@code destroy}: there
     * is no gentler way) and INT is not sent: the console gives Ctrl+C to every process attached to it.
     */
    public void sendTo(ProcessHandle process) {
        if (this == TERM || (WINDOWS && this != INT)) {
            process.destroy();
            return;
        }
        if (WINDOWS) {
            return;
        }
        try {
            Process kill = new ProcessBuilder("/bin/sh", "-c", "kill -s " + name() + " " + process.pid())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            kill.waitFor();
        } catch (IOException e) {
            System.err.println("Could not pass " + label() + " on to process " + process.pid() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
