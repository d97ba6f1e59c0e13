package quatrain.engine;

import quatrain.core.generate.TokenStepper;

/**
 * Exact generation for a network trained on fixed windows of {@code L} tokens, each started from the zero
 * state. Keeps {@code L} recurrent states staggered by one token: every new token advances each of them by
 * one step (no window is ever re-run), the state that has now seen exactly {@code L} tokens gives the
 * prediction, and it restarts from zero for the window that begins next. A single state carried along the
 * whole sequence would see contexts longer than any it was trained on; with 4-word windows that visibly
 * degrades the text (short lines, early ends).
 */
final class WindowedStepper implements TokenStepper {
    private final NetworkStepper[] states;
    private long fed;

    WindowedStepper(StepperWeights weights, int window) {
        states = new NetworkStepper[window];
        for (int i = 0; i < window; i++) {
            states[i] = new NetworkStepper(weights);
        }
    }

    @Override
    public float[] step(int token) {
        int window = states.length;
        int active = (int) Math.min(fed + 1, window);
        for (int k = 0; k < active; k++) {
            states[(int) ((fed - k) % window)].advance(token);
        }
        NetworkStepper oldest = states[(int) ((fed - active + 1) % window)];
        float[] logits = oldest.logits();
        fed++;
        if (active == window) {
            oldest.reset();
        }
        return logits;
    }
}
