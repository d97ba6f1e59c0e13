package quatrain.engine.judge;

import java.util.List;

import org.deeplearning4j.nn.conf.GradientNormalization;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.EmbeddingSequenceLayer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.impl.LossSparseMCXENT;

import quatrain.engine.nn.Device;
import quatrain.engine.nn.EmbeddingLookup;
import quatrain.engine.nn.FusedRecurrent;
import quatrain.engine.nn.SoftmaxOutput;

/**
 * The judge's network: character ids → embedding → LSTM (its last step) → softmax over two classes, generated (0)
 * and corpus (1). Small on purpose: it trains in about a minute beside the model and scores a batch of quatrains in
 * milliseconds. On the CPU it is built from the project's fused layers, on a GPU from DL4J's own (as
 * {@code NetworkFactory} decides for models).
 */
final class JudgeNetwork {
    static final int EMBEDDING = 32;
    static final int UNITS = 64;
    static final double LEARNING_RATE = 0.004;
    static final int BATCH = 32;
    static final int GENERATED = 0;
    static final int CORPUS = 1;

    private JudgeNetwork() {
    }

    static MultiLayerNetwork build(int alphabetSize, int length, long seed) {
        return build(alphabetSize, length, seed, !Device.gpu());
    }

    /** @param fused the project's fused layers (the CPU's), or DL4J's own (a GPU's) */
    static MultiLayerNetwork build(int alphabetSize, int length, long seed, boolean fused) {
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.FLOAT)
                .weightInit(WeightInit.XAVIER_UNIFORM)
                .updater(new Adam(LEARNING_RATE))
                .gradientNormalization(GradientNormalization.ClipL2PerLayer)
                .gradientNormalizationThreshold(5)
                .trainingWorkspaceMode(WorkspaceMode.ENABLED)
                .inferenceWorkspaceMode(WorkspaceMode.ENABLED)
                .list();
        if (fused) {
            list.layer(new EmbeddingLookup.Builder().nIn(alphabetSize).nOut(EMBEDDING).inputLength(length)
                    .name("embedding").build());
            list.layer(new FusedRecurrent.Builder().cell("LSTM").nIn(EMBEDDING).nOut(UNITS).returnSequences(false)
                    .inputGradient(true).name("lstm").build());
            list.layer(new SoftmaxOutput.Builder().nIn(UNITS).nOut(2).name("softmax").build());
        } else {
            list.layer(new EmbeddingSequenceLayer.Builder().nIn(alphabetSize).nOut(EMBEDDING).inputLength(length)
                    .outputDataFormat(RNNFormat.NWC).hasBias(false).name("embedding").build());
            list.layer(new LastTimeStep(new LSTM.Builder().nIn(EMBEDDING).nOut(UNITS).activation(Activation.TANH)
                    .gateActivationFunction(Activation.SIGMOID).dataFormat(RNNFormat.NWC).name("lstm").build()));
            list.layer(new OutputLayer.Builder(new LossSparseMCXENT()).activation(Activation.SOFTMAX).nIn(UNITS)
                    .nOut(2).name("softmax").build());
        }
        list.setInputType(InputType.recurrent(alphabetSize, length, RNNFormat.NWC));
        MultiLayerNetwork net = new MultiLayerNetwork(list.build());
        net.init();
        return net;
    }

    /** Ids of {@code texts[order[from .. from+count)]}, one row each, {@code [count, length]}. */
    static INDArray features(Alphabet alphabet, List<String> texts, int[] order, int from, int count, int length) {
        float[] ids = new float[count * length];
        for (int b = 0; b < count; b++) {
            alphabet.encode(texts.get(order[from + b]), length, ids, b * length);
        }
        return Nd4j.create(ids, new long[] {count, length}, 'c');
    }

    /** Class ids {@code [count, 1]} for the sparse cross-entropy. */
    static INDArray labels(int[] classes, int[] order, int from, int count) {
        float[] out = new float[count];
        for (int b = 0; b < count; b++) {
            out[b] = classes[order[from + b]];
        }
        return Nd4j.create(out, new long[] {count, 1}, 'c');
    }

    /** The probability of "corpus" for each text, in inference mode. */
    static double[] score(MultiLayerNetwork net, Alphabet alphabet, List<String> texts, int length) {
        double[] scores = new double[texts.size()];
        int[] order = new int[texts.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int from = 0; from < order.length; from += BATCH) {
            int count = Math.min(BATCH, order.length - from);
            try (INDArray x = features(alphabet, texts, order, from, count, length)) {
                INDArray p = net.output(x, false);
                for (int b = 0; b < count; b++) {
                    scores[from + b] = p.getDouble(b, CORPUS);
                }
            }
        }
        return scores;
    }
}
