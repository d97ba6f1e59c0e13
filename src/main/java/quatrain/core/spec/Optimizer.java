package quatrain.core.spec;

/** Gradient-descent rule. RMSprop as in Keras (decay 0.9, epsilon 1e-7), Adam with DL4J's defaults. */
public enum Optimizer {
    RMSPROP,
    ADAM
}
