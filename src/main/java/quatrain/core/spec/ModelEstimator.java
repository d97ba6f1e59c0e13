package quatrain.core.spec;

import java.util.List;

/**
 * Parameter count, memory and time per epoch of a model, computed from its settings without building it, so
 * the model pane can show the cost of a setting while it is typed. The parameter count follows the engine's
 * network exactly (an engine test checks it against DL4J); memory and time are estimates.
 */
public final class ModelEstimator {
    /**
     * Effective rate of one CPU thread on these recurrent networks, when nothing was measured: on the 2-core
     * AVX-512 benchmark machine the presets train at 45–95 GFLOP/s by this count (docs/BENCHMARKS.md); an older
     * or busier CPU is slower, so the estimate takes less than half of that.
     */
    public static final double CPU_FLOPS_PER_THREAD = 20e9;
    private static final int BYTES_PER_FLOAT = 4;
    /** Values a layer keeps per unit and time step for backprop: gate inputs and outputs, state. */
    private static final int GRU_VALUES_PER_UNIT = 12;
    private static final int LSTM_VALUES_PER_UNIT = 10;

    private ModelEstimator() {
    }

    /** Parameters of the network for a vocabulary, with the spec's embedding size. */
    public static long parameters(ModelSpec spec, int vocabularySize) {
        return parameters(spec, vocabularySize, spec.embeddingSize());
    }

    /**
     * Parameters as the engine builds the network: embedding V×E without bias (when E &gt; 0), per GRU layer
     * 3n(nIn+n) + 6n (input and recurrent biases), per LSTM layer 4n(nIn+n) + 4n, softmax output n×V + V.
     *
     * @param embeddingSize the embedding actually used (a GloVe file's dimension overrides the spec's)
     */
    public static long parameters(ModelSpec spec, int vocabularySize, int embeddingSize) {
        if (!spec.kind().isNeural()) {
            return 0;
        }
        long v = vocabularySize;
        long n = spec.units();
        long total = embeddingSize > 0 ? v * embeddingSize : 0;
        long nIn = embeddingSize > 0 ? embeddingSize : v;
        for (int layer = 0; layer < spec.layers(); layer++) {
            long in = layer == 0 ? nIn : n;
            total += spec.kind() == ModelKind.GRU ? 3 * n * (in + n) + 6 * n : 4 * n * (in + n) + 4 * n;
        }
        return total + n * v + v;
    }

    /** Multiply-adds (×2) of one window's forward pass: every layer at every time step, the output once. */
    public static double forwardFlopsPerWindow(ModelSpec spec, int vocabularySize, int embeddingSize) {
        if (!spec.kind().isNeural()) {
            return 0;
        }
        double n = spec.units();
        double nIn = embeddingSize > 0 ? embeddingSize : vocabularySize;
        int gates = spec.kind() == ModelKind.GRU ? 3 : 4;
        double perStep = 0;
        for (int layer = 0; layer < spec.layers(); layer++) {
            perStep += 2.0 * gates * n * ((layer == 0 ? nIn : n) + n);
        }
        double outputs = spec.everyStep() ? spec.sequenceLength() : 1;
        return spec.sequenceLength() * perStep + outputs * 2.0 * n * vocabularySize;
    }

    /** A training step costs about three forward passes: the forward itself and twice that backward. */
    public static double trainingFlopsPerWindow(ModelSpec spec, int vocabularySize, int embeddingSize) {
        return 3 * forwardFlopsPerWindow(spec, vocabularySize, embeddingSize);
    }

    /**
     * Training windows of encoded documents ({@code [<s>, ids…, </s>]}), as the engine cuts them: one per
     * {@code step}-th target of each document, or, for every-step training, one sequence per {@code step} tokens
     * of the documents laid end to end.
     */
    public static long windows(List<int[]> encodedDocuments, int length, int step, boolean everyStep) {
        long count = 0;
        if (everyStep) {
            long stream = 0;
            for (int[] doc : encodedDocuments) {
                stream += doc.length;
            }
            return stream > length ? (stream - length - 1) / step + 1 : 0;
        }
        for (int[] doc : encodedDocuments) {
            count += (doc.length - 1 + step - 1) / step;
        }
        return count;
    }

    /**
     * Bytes that grow with the settings: weights, gradients, optimizer slots (RMSprop one, Adam two), the copy
     * of the best epoch's weights, and one minibatch's activations kept for backprop (twice: values and their
     * gradients). The runtime itself (JVM, ND4J) comes on top.
     */
    public static long memoryBytes(ModelSpec spec, TrainingSpec training, int vocabularySize, int embeddingSize) {
        if (!spec.kind().isNeural()) {
            return 0;
        }
        int updaterSlots = training.optimizer() == Optimizer.ADAM ? 2 : 1;
        long weights = parameters(spec, vocabularySize, embeddingSize) * BYTES_PER_FLOAT * (3L + updaterSlots);
        long t = spec.sequenceLength();
        long n = spec.units();
        long nIn = embeddingSize > 0 ? embeddingSize : vocabularySize;
        long perWindow = t * nIn + (embeddingSize > 0 ? t : 0);
        int perUnit = spec.kind() == ModelKind.GRU ? GRU_VALUES_PER_UNIT : LSTM_VALUES_PER_UNIT;
        boolean dropout = spec.dropout() > 0;
        for (int layer = 0; layer < spec.layers(); layer++) {
            // Dropout masks on the recurrent layers' inputs (none on one-hot characters) and before the softmax.
            perWindow += t * perUnit * n + (dropout && (layer > 0 || embeddingSize > 0) ? t * (layer == 0 ? nIn : n) : 0);
        }
        perWindow += (dropout ? (spec.everyStep() ? t : 1) * n : 0) + 2L * vocabularySize;
        long activations = 2L * BYTES_PER_FLOAT * training.batchSize() * perWindow;
        return weights + activations;
    }

    /**
     * The full estimate for a corpus.
     *
     * @param flopsPerSecond effective rate of this device (measured, or threads × {@link #CPU_FLOPS_PER_THREAD});
     *                       0 or less when unknown
     */
    public static ModelEstimate estimate(ModelSpec spec, TrainingSpec training, int vocabularySize, int embeddingSize,
            long trainWindows, long validationWindows, double flopsPerSecond) {
        if (!spec.kind().isNeural()) {
            return new ModelEstimate(0, 0, 0, Double.NaN);
        }
        double flops = trainWindows * trainingFlopsPerWindow(spec, vocabularySize, embeddingSize)
                + validationWindows * forwardFlopsPerWindow(spec, vocabularySize, embeddingSize);
        double seconds = flopsPerSecond > 0 ? flops / flopsPerSecond : Double.NaN;
        return new ModelEstimate(parameters(spec, vocabularySize, embeddingSize),
                memoryBytes(spec, training, vocabularySize, embeddingSize), flops, seconds);
    }
}
