/**
 * The judge: a small LSTM classifier that reads a text character by character and gives the probability that it
 * is one of the corpus's documents rather than one of the model's quatrains. {@link quatrain.engine.judge.JudgeTrainer}
 * trains it on two lists of texts and measures it on held-out ones; {@link quatrain.engine.judge.Judge} scores
 * texts. The network is built from the project's own fused layers on the CPU (DL4J's on a GPU) and is kept in the
 * model file beside the model it judged ({@code quatrain.engine.bundle.JudgeEntry}).
 */
package quatrain.engine.judge;
