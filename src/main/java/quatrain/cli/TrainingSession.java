package quatrain.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

import picocli.CommandLine;
import quatrain.core.training.StopReason;
import quatrain.core.training.TrainingControl;
import quatrain.core.training.TrainingEvent;
import quatrain.core.training.TrainingListener;
import quatrain.engine.TrainingResult;
import quatrain.launch.StopSignal;

/**
 * What {@code train} and {@code spark-train} do around their trainer: take TERM, INT and HUP themselves
 * ({@link SignalStop}: before training has begun a signal ends the process at once, afterwards the running
 * minibatch, or averaging round, finishes and the model is saved), print progress on standard error or JSON events
 * on standard output, and end with one line: where the model was saved, or after a stop how to go on; the exit code
 * is 0, 1 for a failed run, or the signal's 130, 143 or 129.
 */
final class TrainingSession {
    /** The command's own part: read its input, build the request and train with this listener and control. */
    @FunctionalInterface
    interface Training {
        TrainingResult run(TrainingListener listener, TrainingControl control);
    }

    private TrainingSession() {
    }

    /**
     * @param resumeCommand the command that continues from a saved model file, for the stop line
     */
    static int run(CommandLine.Model.CommandSpec spec, boolean json, Training training,
            Function<Path, String> resumeCommand) {
        PrintWriter err = spec.commandLine().getErr();
        TrainingControl control = new TrainingControl();
        try (SignalStop stop = SignalStop.install(err, "quit without saving", (s, signal) -> {
            if (control.abandonIfNotBegun()) {
                s.exit(signal, "stopped by " + signal.label() + " before training began: nothing saved");
            } else {
                control.cancel(); // the running minibatch finishes, the trainer saves and returns
            }
        })) {
            return train(spec, json, training, resumeCommand, control, stop);
        }
    }

    private static int train(CommandLine.Model.CommandSpec spec, boolean json, Training training,
            Function<Path, String> resumeCommand, TrainingControl control, SignalStop stop) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProgressPrinter progress = json ? null : new ProgressPrinter(err, System.console() != null);
        TrainingListener printer = json ? new JsonEventPrinter(out) : progress;
        int[] batchesPerEpoch = {0};
        TrainingListener listener = event -> {
            if (event instanceof TrainingEvent.Started started) {
                batchesPerEpoch[0] = started.batchesPerEpoch();
            }
            stop.unlessExiting(() -> printer.onEvent(event));
        };
        TrainingResult result;
        try {
            result = training.run(listener, control);
        } catch (Throwable e) { // Errors too: MapDB's "DB was closed" is an IllegalAccessError
            stop.holdIfExiting(); // a signal's thread is ending the JVM: nothing more to say
            throw e;
        }
        stop.holdIfExiting();
        Optional<StopSignal> signal = stop.signal();
        if (signal.isPresent() && result.reason() == StopReason.CANCELLED) {
            String line = SaveReport.stopped(signal.get(), result, batchesPerEpoch[0],
                    resumeCommand.apply(result.output()));
            stop.unlessExiting(() -> {
                if (progress != null) {
                    progress.message(line);
                } else {
                    err.println(line);
                    err.flush();
                }
            });
            return signal.get().exitStatus();
        }
        if (!json) {
            out.println(SaveReport.saved(result, batchesPerEpoch[0]));
        }
        out.flush();
        return result.reason() == StopReason.FAILED ? 1 : 0;
    }
}
