package quatrain.core.markov;

import quatrain.core.generate.TokenStepper;

/** Keeps the last n ids of one sequence and asks the chain what follows them. */
final class MarkovStepper implements TokenStepper {
    private final MarkovModel model;
    private final int[] history;
    private final float[] logits;
    private int filled;

    MarkovStepper(MarkovModel model) {
        this.model = model;
        this.history = new int[model.order()];
        this.logits = new float[model.vocabulary().size()];
    }

    @Override
    public float[] step(int tokenId) {
        if (tokenId < 0 || tokenId >= logits.length) {
            throw new IllegalArgumentException("token id " + tokenId + " outside the vocabulary");
        }
        System.arraycopy(history, 1, history, 0, history.length - 1);
        history[history.length - 1] = tokenId;
        filled = Math.min(filled + 1, history.length);
        model.logits(history, history.length, filled, logits);
        return logits;
    }
}
