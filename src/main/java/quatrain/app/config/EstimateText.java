package quatrain.app.config;

import java.util.Locale;

import quatrain.core.corpus.CorpusLoader;
import quatrain.core.spec.ModelEstimate;
import quatrain.core.training.Durations;

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
        return "≈ " + Durations.rounded(e.secondsPerEpoch()) + " per epoch, ≈ " + Durations.rounded(e.secondsPerEpoch() * epochs)
                + " for " + epochs + (epochs == 1 ? " epoch" : " epochs") + " (estimate)";
    }

}
