package quatrain.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.OptionalDouble;

import quatrain.core.training.Durations;
import quatrain.core.training.EpochStats;
import quatrain.core.training.RunProgress;
import quatrain.core.training.StopReason;
import quatrain.core.training.TrainingEvent;
import quatrain.core.training.TrainingListener;

/**
 * Shows training progress on standard error: on a terminal, a progress bar with ETA redrawn in place (at
 * most ten times a second); otherwise one plain line per epoch, so logs stay readable.
 */
final class ProgressPrinter implements TrainingListener {
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int BAR = 24;
    /** Shown until enough minibatches were timed for an estimate ({@link quatrain.core.training.TimeLeft}). */
    static final String NO_ETA = "--:--";

    private final PrintWriter err;
    private final boolean terminal;
    private long lastDraw;
    private final RunProgress progress = new RunProgress();
    private boolean barShown;

    ProgressPrinter(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void onEvent(TrainingEvent event) {
        progress.accept(event);
        if (event instanceof TrainingEvent.Started s) {
            started(s);
        } else if (event instanceof TrainingEvent.BatchEnd b) {
            batch(b);
        } else if (event instanceof TrainingEvent.EpochEnd e) {
            line(epochLine(e.stats(), e.best()));
        } else if (event instanceof TrainingEvent.Sample s) {
            line(String.format(Locale.ROOT, "  sample at temperature %.1f:%n%s", s.temperature(), indent(s.text())));
        } else if (event instanceof TrainingEvent.Warning w) {
            line("warning: " + w.message());
        } else if (event instanceof TrainingEvent.Finished f && f.reason() != StopReason.CANCELLED
                && f.reason() != StopReason.FAILED) {
            // A failure is said once, by the command's "error:" line; a cancelled run was stopped by a signal, and
            // TrainCommand says how in one line.
            boolean detail = f.message() != null && !f.message().equals(f.reason().description());
            line("stopped: " + f.reason().description() + (detail ? " (" + f.message() + ")" : ""));
        }
    }

    private void started(TrainingEvent.Started s) {
        line(String.format(Locale.ROOT, "device: %s%nmodel: %,d parameters, vocabulary %,d, %,d training targets per epoch,"
                + " %,d minibatches; epochs %d to %d", s.backend(), s.parameters(), s.vocabularySize(), s.trainTokens(),
                s.batchesPerEpoch(), s.firstEpoch(), s.lastEpoch()));
    }

    private void batch(TrainingEvent.BatchEnd b) {
        OptionalDouble left = progress.secondsLeft();
        if (!terminal) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw < REDRAW_NANOS && b.batch() != b.batchesPerEpoch()) {
            return;
        }
        lastDraw = now;
        double fraction = (double) b.batch() / b.batchesPerEpoch();
        int filled = (int) Math.round(fraction * BAR);
        err.printf(Locale.ROOT, "\repoch %d/%d [%s%s] %d/%d loss %.3f %,.0f tok/s ETA %s   ", b.epoch(), progress.lastEpoch(),
                "#".repeat(filled), ".".repeat(BAR - filled), b.batch(), b.batchesPerEpoch(), b.loss(), b.tokensPerSecond(),
                left.isPresent() ? Durations.clock(left.getAsDouble()) : NO_ETA);
        err.flush();
        barShown = true;
    }

    /** A line of the command's own, below the progress bar (which it clears first). */
    void message(String text) {
        line(text);
    }

    private void line(String text) {
        if (barShown) {
            err.print("\r" + " ".repeat(100) + "\r");
            barShown = false;
        }
        err.println(text);
        err.flush();
    }

    static String epochLine(EpochStats s, boolean best) {
        return String.format(Locale.ROOT,
                "epoch %d: train loss %.4f  val loss %s  val acc %s  perplexity %.1f  %,.0f tok/s  %.1f s%s", s.epoch(),
                s.trainLoss(), num(s.valLoss(), "%.4f"), num(s.valAccuracy(), "%.3f"), s.perplexity(), s.tokensPerSecond(),
                s.epochSeconds(), best ? "  (best)" : "");
    }

    private static String num(double v, String format) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, format, v);
    }

    private static String indent(String text) {
        return "    " + text.replace("\n", "\n    ");
    }
}
