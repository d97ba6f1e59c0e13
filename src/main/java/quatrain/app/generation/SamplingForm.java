package quatrain.app.generation;

import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import quatrain.core.spec.SamplingSpec;
import quatrain.core.spec.SpecException;
import quatrain.core.spec.TokenLevel;

/**
 * The sampling controls as properties, and their translation into a {@link SamplingSpec} with a message a
 * person understands for every value that cannot be used. The seed is text because a person types it.
 */
public final class SamplingForm {
    public static final double MAX_TEMPERATURE = 2.0;
    public static final int MAX_COUNT = 50;
    public static final int MAX_WORDS = 200;
    public static final int DEFAULT_WORDS = 32;
    /** Character models write a quatrain in about 150–250 characters. */
    public static final int MAX_CHARACTERS = 2000;
    public static final int DEFAULT_CHARACTERS = 240;
    public static final int MAX_TOP_K = 100_000;

    private final DoubleProperty temperature = new SimpleDoubleProperty(this, "temperature", 1.0);
    private final StringBinding temperatureText = Bindings.createStringBinding(
            () -> String.format(Locale.ROOT, "%.2f", temperature.get()), temperature);
    private final IntegerProperty count = new SimpleIntegerProperty(this, "count", 4);
    private final IntegerProperty maxTokens = new SimpleIntegerProperty(this, "maxTokens", DEFAULT_WORDS);
    private final ReadOnlyIntegerWrapper maxTokensLimit = new ReadOnlyIntegerWrapper(this, "maxTokensLimit", MAX_WORDS);
    private final ReadOnlyStringWrapper maxTokensLabel = new ReadOnlyStringWrapper(this, "maxTokensLabel", "Max words");
    private final StringProperty prompt = new SimpleStringProperty(this, "prompt", "");
    private final StringProperty seed = new SimpleStringProperty(this, "seed", "42");
    private final BooleanProperty newSeedEachTime = new SimpleBooleanProperty(this, "newSeedEachTime", true);
    private final IntegerProperty topK = new SimpleIntegerProperty(this, "topK", 0);
    private final DoubleProperty topP = new SimpleDoubleProperty(this, "topP", 1.0);
    private TokenLevel level = TokenLevel.WORD;

    /** 0 (always the likeliest token) to 2 (wild). */
    public DoubleProperty temperatureProperty() {
        return temperature;
    }

    /** The temperature with two decimals, as shown beside the slider. */
    public StringBinding temperatureTextProperty() {
        return temperatureText;
    }

    public IntegerProperty countProperty() {
        return count;
    }

    /** Words (or characters, for a character model) per quatrain at most. */
    public IntegerProperty maxTokensProperty() {
        return maxTokens;
    }

    public ReadOnlyIntegerProperty maxTokensLimitProperty() {
        return maxTokensLimit.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty maxTokensLabelProperty() {
        return maxTokensLabel.getReadOnlyProperty();
    }

    public StringProperty promptProperty() {
        return prompt;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    /** When on, Generate rolls a new seed first (and shows it, so the result can be reproduced). */
    public BooleanProperty newSeedEachTimeProperty() {
        return newSeedEachTime;
    }

    /** Keep only the k likeliest tokens; 0 = off. */
    public IntegerProperty topKProperty() {
        return topK;
    }

    /** Keep the likeliest tokens up to this total probability; 1 = off. */
    public DoubleProperty topPProperty() {
        return topP;
    }

    /** Counts words or characters, as the model does; a length still at the old default moves to the new one. */
    void useLevel(TokenLevel newLevel) {
        if (newLevel == level) {
            return;
        }
        boolean atDefault = maxTokens.get() == (level == TokenLevel.WORD ? DEFAULT_WORDS : DEFAULT_CHARACTERS);
        level = newLevel;
        boolean words = newLevel == TokenLevel.WORD;
        maxTokensLimit.set(words ? MAX_WORDS : MAX_CHARACTERS);
        maxTokensLabel.set(words ? "Max words" : "Max characters");
        if (atDefault) {
            maxTokens.set(words ? DEFAULT_WORDS : DEFAULT_CHARACTERS);
        } else {
            maxTokens.set(Math.min(maxTokens.get(), maxTokensLimit.get()));
        }
    }

    /** The settings as a spec, or a {@link SpecException} saying which control to fix and how. */
    SamplingSpec build() {
        long seedValue = parseSeed(seed.get());
        double t = temperature.get();
        check(t >= 0 && t <= MAX_TEMPERATURE, String.format(Locale.ROOT,
                "Temperature must be between 0 and %.0f (got %.2f).", MAX_TEMPERATURE, t));
        check(count.get() >= 1 && count.get() <= MAX_COUNT,
                "Count must be between 1 and " + MAX_COUNT + " (got " + count.get() + ").");
        String unit = level == TokenLevel.WORD ? "Max words" : "Max characters";
        check(maxTokens.get() >= 1 && maxTokens.get() <= maxTokensLimit.get(),
                unit + " must be between 1 and " + maxTokensLimit.get() + " (got " + maxTokens.get() + ").");
        check(topK.get() >= 0 && topK.get() <= MAX_TOP_K,
                "Top-k must be 0 (off) or a number of tokens up to " + MAX_TOP_K + " (got " + topK.get() + ").");
        check(topP.get() > 0 && topP.get() <= 1, String.format(Locale.ROOT,
                "Top-p must be above 0 and at most 1 (got %.2f).", topP.get()));
        return new SamplingSpec(t, topK.get(), topP.get(), prompt.get(), maxTokens.get(), count.get(), seedValue);
    }

    private static long parseSeed(String text) {
        String s = text == null ? "" : text.strip();
        check(!s.isEmpty(), "Enter a seed (a whole number), or roll the dice.");
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new SpecException("The seed must be a whole number such as 42 (got \"" + s + "\").", e);
        }
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new SpecException(message);
        }
    }
}
