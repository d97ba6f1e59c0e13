package quatrain.core.spec;

/**
 * How text is drawn from a model.
 *
 * @param temperature  divides the logits; 0 means always the most likely token (argmax)
 * @param topK         keep only the k most likely tokens (0 = all)
 * @param topP         keep the smallest set of tokens whose probability reaches p (1 = all)
 * @param prompt       words (or characters) the text starts with; empty for none
 * @param maxTokens    tokens to generate per quatrain at most (32 words like the seed)
 * @param count        how many quatrains
 * @param seed         same seed + model + settings = same text
 */
public record SamplingSpec(double temperature, int topK, double topP, String prompt, int maxTokens, int count,
        long seed) {

    public static final double MAX_TEMPERATURE = 5.0;

    public SamplingSpec {
        SpecException.range("temperature", temperature, 0, MAX_TEMPERATURE);
        SpecException.range("topK", topK, 0, 1_000_000);
        SpecException.check(topP > 0 && topP <= 1, "topP must be above 0 and at most 1 (got " + topP + ")");
        SpecException.range("maxTokens", maxTokens, 1, 10_000);
        SpecException.range("count", count, 1, 10_000);
        prompt = prompt == null ? "" : prompt.strip();
    }

    /** Defaults like the seed: temperature 1, no truncation, no prompt, 32 tokens, one quatrain. */
    public static SamplingSpec defaults() {
        return new SamplingSpec(1.0, 0, 1.0, "", 32, 1, 42);
    }

    public SamplingSpec withTemperature(double t) {
        return new SamplingSpec(t, topK, topP, prompt, maxTokens, count, seed);
    }

    public SamplingSpec withSeed(long s) {
        return new SamplingSpec(temperature, topK, topP, prompt, maxTokens, count, s);
    }

    public SamplingSpec withCount(int n) {
        return new SamplingSpec(temperature, topK, topP, prompt, maxTokens, n, seed);
    }

    public SamplingSpec withMaxTokens(int n) {
        return new SamplingSpec(temperature, topK, topP, prompt, n, count, seed);
    }

    public SamplingSpec withPrompt(String p) {
        return new SamplingSpec(temperature, topK, topP, p, maxTokens, count, seed);
    }
}
