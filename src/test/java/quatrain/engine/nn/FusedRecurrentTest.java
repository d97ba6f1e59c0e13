package quatrain.engine.nn;

import static org.assertj.core.api.Assertions.assertThat;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.EmbeddingSequenceLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.NoOp;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/** The fused layers against the reference layers they replace. */
@ExtendWith(DoublePrecision.class)
class FusedRecurrentTest {
    private static MultiLayerNetwork net(Layer recurrent, int vocab, int time, Layer second) {
        var list = new NeuralNetConfiguration.Builder().dataType(DataType.DOUBLE).seed(5).updater(new NoOp())
                .weightInit(WeightInit.XAVIER).list()
                .layer(new EmbeddingSequenceLayer.Builder().nIn(vocab).nOut(4).inputLength(time)
                        .outputDataFormat(RNNFormat.NWC).hasBias(false).build())
                .layer(recurrent);
        if (second != null) {
            list.layer(second);
        }
        list.layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).activation(Activation.SOFTMAX)
                .nOut(vocab).build());
        MultiLayerNetwork net = new MultiLayerNetwork(list.setInputType(InputType.recurrent(vocab, time, RNNFormat.NWC))
                .build());
        net.init();
        net.params().addi(Nd4j.rand(DataType.DOUBLE, net.params().shape()).subi(0.5).muli(0.4));
        return net;
    }

    private static INDArray ids(int batch, int time, int vocab) {
        double[][] v = new double[batch][time];
        for (int b = 0; b < batch; b++) {
            for (int t = 0; t < time; t++) {
                v[b][t] = (b * 3 + t * 5 + 1) % vocab;
            }
        }
        return Nd4j.createFromArray(v);
    }

    private static INDArray labels(int batch, int vocab) {
        INDArray l = Nd4j.zeros(DataType.DOUBLE, batch, vocab);
        for (int b = 0; b < batch; b++) {
            l.putScalar(b, (b * 7 + 2) % vocab, 1);
        }
        return l;
    }

    /**
     * The fused layers compute in single precision; the references (DL4J's LSTM, our GruLayer, which GruLayerTest
     * checks against finite differences) run here in double. Every output, the score and every parameter's
     * gradient must agree to single precision: a wrong term in the maths is off by far more.
     */
    @ParameterizedTest
    @ValueSource(strings = {"GRU", "LSTM"})
    void stackedLayersComputeWhatTheReferenceLayersComputeToSinglePrecision(String cell) {
        int vocab = 9, time = 6, batch = 4;
        boolean gru = cell.equals("GRU");
        MultiLayerNetwork ref = net(ReferenceLayers.recurrent(gru, 5, true), vocab, time,
                ReferenceLayers.recurrent(gru, 4, false));
        MultiLayerNetwork fused = net(new FusedRecurrent.Builder().cell(cell).nOut(5).returnSequences(true).build(),
                vocab, time, new FusedRecurrent.Builder().cell(cell).nOut(4).build());
        assertThat(fused.numParams()).isEqualTo(ref.numParams());
        fused.getLayer(0).setParams(ref.getLayer(0).params());
        fused.getLayer(3).setParams(ref.getLayer(3).params());
        copyRecurrentParams(ref, fused, 1, gru);
        copyRecurrentParams(ref, fused, 2, gru);
        INDArray x = ids(batch, time, vocab);
        assertClose(fused.output(x), ref.output(x), "output");
        INDArray y = labels(batch, vocab);
        ref.setInput(x);
        ref.setLabels(y);
        ref.computeGradientAndScore();
        fused.setInput(x);
        fused.setLabels(y);
        fused.computeGradientAndScore();
        assertThat(fused.score()).isCloseTo(ref.score(), org.assertj.core.data.Offset.offset(1e-5));
        for (int layer = 1; layer <= 2; layer++) {
            for (String[] n : ReferenceLayers.parameterNames(gru)) {
                INDArray expected = ref.gradient().getGradientFor(layer + "_" + n[1]);
                assertThat(expected.amaxNumber().doubleValue()).as("layer %d %s", layer, n[1]).isGreaterThan(1e-4);
                assertClose(fused.gradient().getGradientFor(layer + "_" + n[0]), expected, "layer " + layer + " " + n[0]);
            }
        }
        assertClose(embeddingAndOutputGradients(fused.gradient().gradient(), ref),
                embeddingAndOutputGradients(ref.gradient().gradient(), ref), "embedding and output gradients");
    }

    /**
     * One-hot input (characters): the fused layer copies rows of W instead of multiplying, adds the gate
     * gradients into W's rows instead of multiplying back, and with {@code inputGradient(false)} skips the error
     * below it. Every gradient must still be the reference's.
     */
    @ParameterizedTest
    @ValueSource(strings = {"GRU", "LSTM"})
    void oneHotInputTakesRowsOfTheInputWeightsAndGetsTheReferenceGradients(String cell) {
        int vocab = 9, time = 5, batch = 6;
        boolean gru = cell.equals("GRU");
        MultiLayerNetwork ref = oneHotNet(ReferenceLayers.recurrent(gru, 5, false), vocab, time);
        MultiLayerNetwork fused = oneHotNet(new FusedRecurrent.Builder().cell(cell).nOut(5).inputGradient(false)
                .build(), vocab, time);
        copyRecurrentParams(ref, fused, 0, gru);
        fused.getLayer(1).params().assign(ref.getLayer(1).params());
        INDArray x = Nd4j.zeros(DataType.DOUBLE, batch, time, vocab);
        INDArray ids = ids(batch, time, vocab);
        for (int b = 0; b < batch; b++) {
            for (int t = 0; t < time; t++) {
                x.putScalar(new int[] {b, t, ids.getInt(b, t)}, 1.0);
            }
        }
        INDArray y = labels(batch, vocab);
        assertClose(fused.output(x), ref.output(x), "output");
        for (MultiLayerNetwork net : new MultiLayerNetwork[] {ref, fused}) {
            net.setInput(x);
            net.setLabels(y);
            net.computeGradientAndScore();
        }
        INDArray expected = ref.gradient().getGradientFor("0_" + (gru ? GruLayer.INPUT_WEIGHTS : "W"));
        assertThat(expected.getRow(2).amaxNumber().doubleValue()).as("a character used").isGreaterThan(1e-4);
        assertClose(fused.gradient().getGradientFor("0_" + FusedRecurrentParams.INPUT_WEIGHTS), expected,
                "input weights");
        assertClose(fused.gradient().getGradientFor("0_" + FusedRecurrentParams.RECURRENT_WEIGHTS),
                ref.gradient().getGradientFor("0_" + (gru ? GruLayer.RECURRENT_WEIGHTS : "RW")), "recurrent weights");
        assertClose(fused.gradient().getGradientFor("1_W"), ref.gradient().getGradientFor("1_W"), "output weights");
        assertThat(fused.score()).isCloseTo(ref.score(), org.assertj.core.data.Offset.offset(1e-5));
        // A row that is not one-hot (two characters at once) goes through the product and still agrees.
        x.putScalar(new int[] {1, 2, 0}, 1.0);
        assertClose(fused.output(x), ref.output(x), "output with a row that is not one-hot");
    }

    private static MultiLayerNetwork oneHotNet(Layer recurrent, int vocab, int time) {
        MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().dataType(DataType.DOUBLE)
                .seed(5).updater(new NoOp()).weightInit(WeightInit.XAVIER).list()
                .layer(recurrent)
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).activation(Activation.SOFTMAX)
                        .nOut(vocab).build())
                .setInputType(InputType.recurrent(vocab, time, RNNFormat.NWC)).build());
        net.init();
        net.params().addi(Nd4j.rand(DataType.DOUBLE, net.params().shape()).subi(0.5).muli(0.4));
        return net;
    }

    /** Within 2e-5 of expected's largest magnitude: single precision, a few roundings. */
    private static void assertClose(INDArray actual, INDArray expected, String what) {
        ReferenceLayers.assertClose(actual, expected, 2e-5, what);
    }

    private static void copyRecurrentParams(MultiLayerNetwork ref, MultiLayerNetwork fused, int layer, boolean gru) {
        ReferenceLayers.copyParams(ref.getLayer(layer), fused.getLayer(layer), gru);
    }

    /** Embedding and output-layer gradients: they depend on the recurrent layer's forward and backward both. */
    private static INDArray embeddingAndOutputGradients(INDArray flat, MultiLayerNetwork ref) {
        long emb = ref.getLayer(0).numParams();
        long out = ref.getLayer(ref.getnLayers() - 1).numParams();
        long total = flat.length();
        return Nd4j.concat(0, flat.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, emb)),
                flat.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(total - out, total)));
    }
}
