package quatrain.app.config;

import java.util.Locale;

import quatrain.core.corpus.CorpusLoader;
import quatrain.core.spec.ModelEstimate;

/** Words and numbers of the estimate panel. Estimates are rounded and always say that they are estimates. */
public final class EstimateText {
    private EstimateText() {
    }

    public static String parameters(ModelEstimate e) {
        return e.parameters() == 0 ? "None: a Markov chain counts token sequences"
                : String.format(Locale.ROOT, "%,d", e.parameters());
    }

    public static String memory(ModelEstimate e) {
        if (e.memoryBytes() == 0) {
            return "Grows with the text, not with these settings";
        }
        return "≈ " + CorpusLoader.humanBytes(e.memoryBytes())
                + " for weights, optimizer state and one batch (the runtime comes on top)";
    }

    public static String time(ModelEstimate e, int epochs, boolean neural) {
        if (!neural) {
            return "One counting pass over the text";
        }
        if (Double.isNaN(e.secondsPerEpoch())) {
            return "No estimate for this device until a first training run has been measured";
        }
        return "≈ " + duration(e.secondsPerEpoch()) + " per epoch, ≈ " + duration(e.secondsPerEpoch() * epochs)
                + " for " + epochs + (epochs == 1 ? " epoch" : " epochs") + " (estimate)";
    }

    /** Two significant units at most: "45 s", "3 min 20 s", "2 h 5 min". */
    public static String duration(double seconds) {
        long s = Math.max(1, Math.round(seconds));
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            long m = s / 60;
            long rest = s % 60;
            return m >= 10 || rest == 0 ? Math.round(s / 60.0) + " min" : m + " min " + rest + " s";
        }
        long h = s / 3600;
        long m = Math.round((s % 3600) / 60.0);
        if (m == 60) {
            h++;
            m = 0;
        }
        return m == 0 ? h + " h" : h + " h " + m + " min";
    }
}
