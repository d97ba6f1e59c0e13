package quatrain.core.text;

import java.util.Locale;
import java.util.Optional;

import quatrain.core.corpus.CorpusException;
import quatrain.core.spec.ModelKind;
import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.TokenLevel;

/**
 * How much text a model needs, with the reason, so that a person learns why a file is refused and what
 * would be enough. Minimums make training meaningful; the recommendations make the output readable.
 */
public final class CorpusRequirements {
    private CorpusRequirements() {
    }

    /** Fewest training tokens that are accepted for this model. */
    public static long minimumTokens(ModelSpec spec) {
        if (spec.kind() == ModelKind.MARKOV) {
            return spec.level() == TokenLevel.WORD ? 100 : 500;
        }
        return spec.level() == TokenLevel.WORD ? 1_000 : 5_000;
    }

    /** Training tokens from which results are usually readable. */
    public static long recommendedTokens(ModelSpec spec) {
        if (spec.kind() == ModelKind.MARKOV) {
            return spec.level() == TokenLevel.WORD ? 5_000 : 20_000;
        }
        return spec.level() == TokenLevel.WORD ? 20_000 : 200_000;
    }

    /** Throws a {@link CorpusException} saying what is enough when the training text is below the minimum. */
    public static void check(TokenizedCorpus corpus, ModelSpec spec) {
        check(corpus.trainTokens(), spec);
    }

    /** As {@link #check(TokenizedCorpus, ModelSpec)}, for a text tokenised elsewhere (on Spark's executors). */
    public static void check(long trainTokens, ModelSpec spec) {
        long have = trainTokens;
        long min = minimumTokens(spec);
        if (have < min) {
            String unit = spec.level().unitName();
            throw new CorpusException(String.format(Locale.ROOT,
                    "The text is too small for a %s-level %s: it has %,d %ss for training, and at least %,d are"
                            + " needed so that the model sees each pattern more than once (%,d or more give readable"
                            + " results). Add more text%s.",
                    unit, describe(spec), have, unit, min, recommendedTokens(spec),
                    spec.kind() == ModelKind.MARKOV ? "" : ", or choose the Markov chain, which needs less"));
        }
    }

    /** Advice when the corpus is accepted but small; empty when it is large enough. */
    public static Optional<String> advice(TokenizedCorpus corpus, ModelSpec spec) {
        return advice(corpus.trainTokens(), spec);
    }

    /** As {@link #advice(TokenizedCorpus, ModelSpec)}, for a text tokenised elsewhere. */
    public static Optional<String> advice(long trainTokens, ModelSpec spec) {
        long have = trainTokens;
        long rec = recommendedTokens(spec);
        if (have >= minimumTokens(spec) && have < rec) {
            return Optional.of(String.format(Locale.ROOT,
                    "Small corpus: %,d %ss. Expect repetitive or copied text; %,d or more work better.", have,
                    spec.level().unitName(), rec));
        }
        return Optional.empty();
    }

    private static String describe(ModelSpec spec) {
        return switch (spec.kind()) {
            case GRU -> "GRU network";
            case LSTM -> "LSTM network";
            case MARKOV -> "Markov chain";
        };
    }
}
