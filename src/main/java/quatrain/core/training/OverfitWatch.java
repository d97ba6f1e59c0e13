package quatrain.core.training;

import java.util.List;
import java.util.Optional;

/**
 * Spots overfitting in a history: validation loss rising for {@code epochs} epochs in a row while training
 * loss keeps falling.
 */
public final class OverfitWatch {
    public static final int DEFAULT_EPOCHS = 3;

    private OverfitWatch() {
    }

    public static Optional<String> check(List<EpochStats> history, int epochs) {
        int n = history.size();
        if (n < epochs + 1) {
            return Optional.empty();
        }
        for (int i = n - epochs; i < n; i++) {
            EpochStats prev = history.get(i - 1);
            EpochStats cur = history.get(i);
            if (!(cur.valLoss() > prev.valLoss()) || !(cur.trainLoss() < prev.trainLoss())) {
                return Optional.empty();
            }
        }
        EpochStats last = history.get(n - 1);
        return Optional.of(String.format(java.util.Locale.ROOT,
                "Overfitting: validation loss has risen for %d epochs (now %.3f) while training loss keeps falling"
                        + " (%.3f). More epochs will not help; the best epoch is kept. Try more dropout or a smaller model.",
                epochs, last.valLoss(), last.trainLoss()));
    }
}
