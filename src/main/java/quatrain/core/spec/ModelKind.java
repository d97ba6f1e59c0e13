package quatrain.core.spec;

/** The family of a model: a recurrent network with GRU or LSTM cells, or a Markov chain. */
public enum ModelKind {
    GRU,
    LSTM,
    MARKOV;

    public boolean isNeural() {
        return this != MARKOV;
    }
}
