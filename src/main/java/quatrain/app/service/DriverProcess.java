package quatrain.app.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import quatrain.core.QuatrainException;
import quatrain.core.training.EpochStats;
import quatrain.core.training.StopReason;
import quatrain.core.training.TrainingEvent;
import quatrain.core.training.TrainingEventJson;
import quatrain.core.training.TrainingListener;
import quatrain.engine.TrainingResult;
import quatrain.launch.JvmTuning;
import quatrain.launch.StopSignal;

/**
 * Runs a training in a process of its own and reports it as a run in this process reports: the events it prints on
 * standard output ({@code --json}: one {@link TrainingEventJson} line each) go to the listener as they come, and it
 * always ends with a {@link TrainingEvent.Finished}, written here when the process could not say it (it failed
 * before training, or died): then with its last {@code error:} line. Its standard error goes to the log, under the
 * logger {@code quatrain.driver}, read by a thread of its own so that neither pipe can fill and stall it.
 *
 * <p>The process is told this one's PID ({@link JvmTuning#PARENT_PID}); {@code quatrain.Main} then watches it and
 * stops (saving, as on TERM) when this process dies, even by {@code kill -9}. That works because the command's
 * process is this one's child: the command must be a {@code java} (or an {@code exec}ing wrapper), not a shell that
 * forks.
 */
final class DriverProcess {
    private static final Logger LOG = LoggerFactory.getLogger(DriverProcess.class);
    private static final Logger DRIVER = LoggerFactory.getLogger("quatrain.driver");
    /** Set by jpackage's launcher for itself; a launcher started with it set behaves as plain java (JvmTuning). */
    private static final String JPACKAGE_LAUNCHER = "_JPACKAGE_LAUNCHER";
    /** How long standard error may go on after standard output closed (the process has exited by then). */
    private static final long STDERR_GRACE_MILLIS = 5_000;

    private final List<EpochStats> history = new ArrayList<>();
    private final DriverLog log = new DriverLog();
    private TrainingEvent.Finished finished;
    private Path lastCheckpoint;

    /** Runs {@code command} to its end (blocking) and returns how the run ended; never throws for the run's failure. */
    static TrainingResult run(DriverCommand command, TrainingListener listener, DriverControl control) {
        return new DriverProcess().runOnce(command, listener, control);
    }

    private TrainingResult runOnce(DriverCommand command, TrainingListener listener, DriverControl control) {
        List<String> line;
        try {
            line = command.prepare();
        } catch (QuatrainException e) {
            LOG.info("The driver cannot start: {}", e.getMessage());
            return end(listener, command, StopReason.FAILED, e.getMessage());
        }
        if (control.stopRequested()) {
            return end(listener, command, StopReason.CANCELLED, "Stopped before the driver started: nothing was saved.");
        }
        Process process;
        try {
            process = start(line, command.environment());
        } catch (IOException e) {
            LOG.warn("Could not start the driver {}: {}", line, e.getMessage());
            return end(listener, command, StopReason.FAILED, "The training process could not be started: "
                    + e.getMessage());
        }
        control.attach(process);
        LOG.info("Driver started, PID {}: {}", process.pid(), String.join(" ", line));
        Thread stderr = pump(process.getErrorStream(), process.pid(), listener);
        int exit;
        try {
            readEvents(process.getInputStream(), listener);
            exit = process.waitFor();
            stderr.join(STDERR_GRACE_MILLIS);
        } catch (InterruptedException e) { // the app is going away: the driver is told to stop and saves
            Thread.currentThread().interrupt();
            control.stop();
            return end(listener, command, StopReason.CANCELLED, "The app ended while the driver was running.");
        }
        LOG.info("Driver {} exited with {}", process.pid(), exit);
        if (finished != null) {
            return result(command);
        }
        return control.stopRequested() && exit > 128 ? end(listener, command, StopReason.CANCELLED,
                log.lastLine().orElse("Stopped before training began: nothing was saved."))
                : end(listener, command, StopReason.FAILED, failure(exit));
    }

    private static Process start(List<String> line, Map<String, String> environment) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(line).redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().remove(JPACKAGE_LAUNCHER);
        builder.environment().putAll(environment);
        builder.environment().put(JvmTuning.PARENT_PID, Long.toString(ProcessHandle.current().pid()));
        Process process = builder.start();
        process.getOutputStream().close(); // it reads nothing: end of input at once
        return process;
    }

    private void readEvents(InputStream stdout, TrainingListener listener) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(stdout, StandardCharsets.UTF_8))) {
            for (String l; (l = out.readLine()) != null;) {
                event(l).ifPresent(e -> {
                    track(e);
                    listener.onEvent(e);
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the driver's output", e);
        }
    }

    /** A line of standard output: an event, or something else that a library printed there (logged). */
    private static Optional<TrainingEvent> event(String line) {
        if (!line.startsWith("{")) {
            if (!line.isBlank()) {
                DRIVER.info("{}", line);
            }
            return Optional.empty();
        }
        try {
            return TrainingEventJson.read(line);
        } catch (QuatrainException e) {
            LOG.warn("Skipped a line of the driver's output: {}", e.getMessage());
            return Optional.empty();
        }
    }

    private void track(TrainingEvent e) {
        if (e instanceof TrainingEvent.EpochEnd end) {
            history.add(end.stats());
        } else if (e instanceof TrainingEvent.Checkpoint c) {
            lastCheckpoint = c.file();
        } else if (e instanceof TrainingEvent.Finished f) {
            finished = f;
        }
    }

    private Thread pump(InputStream stderr, long pid, TrainingListener listener) {
        Thread t = new Thread(() -> {
            try (BufferedReader err = new BufferedReader(new InputStreamReader(stderr, StandardCharsets.UTF_8))) {
                for (String l; (l = err.readLine()) != null;) {
                    DRIVER.info("{}", l);
                    log.accept(l).ifPresent(w -> listener.onEvent(new TrainingEvent.Warning(w)));
                }
            } catch (IOException e) {
                LOG.debug("The driver's standard error closed: {}", e.getMessage());
            }
        }, "quatrain-driver-stderr-" + pid);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Why a process that reported no end failed: its error line, a usage error's first line, or its exit. */
    private String failure(int exit) {
        Optional<String> error = log.errorLine();
        if (error.isPresent()) {
            return error.get();
        }
        if (exit == 2 && log.firstLine().isPresent()) { // picocli: the arguments were refused
            return "The training process refused its arguments: " + log.firstLine().get();
        }
        String how = exit > 128 ? "was ended by signal " + (exit - 128) + signalName(exit - 128)
                : "ended with exit code " + exit;
        return "The training process " + how + " before reporting its end"
                + (history.isEmpty() ? "" : " (the model file keeps the last finished epoch)")
                + "; its output is in the log.";
    }

    private static String signalName(int number) {
        for (StopSignal s : StopSignal.values()) {
            if (s.exitStatus() == 128 + number) {
                return " (" + s.label() + ")";
            }
        }
        return number == 9 ? " (SIGKILL)" : "";
    }

    /** Reports an end the process did not report itself. */
    private TrainingResult end(TrainingListener listener, DriverCommand command, StopReason reason, String message) {
        finished = new TrainingEvent.Finished(reason, history.size(), bestValLoss(), lastCheckpoint, message);
        listener.onEvent(finished);
        return result(command);
    }

    private TrainingResult result(DriverCommand command) {
        Path file = finished.file() != null ? finished.file() : command.output();
        return new TrainingResult(file, finished.reason(), history, null);
    }

    private double bestValLoss() {
        return history.stream().mapToDouble(EpochStats::valLoss).filter(Double::isFinite).min().orElse(Double.NaN);
    }
}
