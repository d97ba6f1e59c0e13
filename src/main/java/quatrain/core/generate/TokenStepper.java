package quatrain.core.generate;

/**
 * The recurrent state of one sequence being generated: feed one token, get the scores of the next. Never
 * re-reads the tokens before (a network steps its hidden state; a Markov chain keeps its context). Not
 * thread-safe: one stepper per sequence.
 */
public interface TokenStepper {
    /**
     * Feeds {@code tokenId} and returns the logits (unnormalised log-probabilities) of the next token, one per
     * vocabulary id. The array belongs to the stepper and is overwritten by the next call.
     */
    float[] step(int tokenId);
}
