package quatrain.engine.nn;

import static org.assertj.core.api.Assertions.assertThat;

import org.deeplearning4j.gradientcheck.GradientCheckUtil;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.EmbeddingSequenceLayer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.NoOp;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/** The fused layers against finite differences and against the reference layers they replace. */
class FusedRecurrentTest {
    private DataType previous;

    @BeforeEach
    void doublePrecision() {
        previous = Nd4j.dataType();
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
    }

    @AfterEach
    void restore() {
        Nd4j.setDefaultDataTypes(previous, previous);
    }

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

    @ParameterizedTest
    @ValueSource(strings = {"GRU", "LSTM"})
    void gradientsOfStackedLayersMatchFiniteDifferences(String cell) {
        int vocab = 7, time = 4, batch = 3;
        MultiLayerNetwork net = net(new FusedRecurrent.Builder().cell(cell).nOut(5).returnSequences(true).build(), vocab,
                time, new FusedRecurrent.Builder().cell(cell).nOut(4).build());
        boolean ok = GradientCheckUtil.checkGradients(new GradientCheckUtil.MLNConfig().net(net).input(ids(batch, time, vocab))
                .labels(labels(batch, vocab)).epsilon(1e-6).maxRelError(1e-5).minAbsoluteError(1e-9)
                .print(GradientCheckUtil.PrintMode.FAILURES_ONLY));
        assertThat(ok).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"GRU", "LSTM"})
    void computesExactlyWhatTheReferenceLayerComputes(String cell) {
        int vocab = 9, time = 6, batch = 4, units = 5;
        boolean gru = cell.equals("GRU");
        Layer reference = gru ? new GruLayer.Builder().nOut(units).build()
                : new LastTimeStep(new LSTM.Builder().nOut(units).activation(Activation.TANH)
                        .gateActivationFunction(Activation.SIGMOID).dataFormat(RNNFormat.NWC).build());
        MultiLayerNetwork ref = net(reference, vocab, time, null);
        MultiLayerNetwork fused = net(new FusedRecurrent.Builder().cell(cell).nOut(units).build(), vocab, time, null);
        assertThat(fused.numParams()).isEqualTo(ref.numParams());
        copyParams(ref, fused, gru);
        INDArray x = ids(batch, time, vocab);
        assertThat(fused.output(x).sub(ref.output(x)).amaxNumber().doubleValue()).isLessThan(1e-12);
        INDArray y = labels(batch, vocab);
        ref.setInput(x);
        ref.setLabels(y);
        ref.computeGradientAndScore();
        fused.setInput(x);
        fused.setLabels(y);
        fused.computeGradientAndScore();
        assertThat(fused.score()).isCloseTo(ref.score(), org.assertj.core.data.Offset.offset(1e-12));
        INDArray gRef = ref.gradient().gradient();
        INDArray gFused = fused.gradient().gradient();
        assertThat(gRef.getDouble(0)).isNotZero();
        assertThat(embeddingAndOutputGradients(gFused, ref).sub(embeddingAndOutputGradients(gRef, ref)).amaxNumber()
                .doubleValue()).isLessThan(1e-12);
    }

    /** Same values in the reference's parameter layout; the recurrent block order is the same for both. */
    private static void copyParams(MultiLayerNetwork ref, MultiLayerNetwork fused, boolean gru) {
        fused.getLayer(0).setParams(ref.getLayer(0).params());
        fused.getLayer(2).setParams(ref.getLayer(2).params());
        var r = ref.getLayer(1);
        var f = fused.getLayer(1);
        if (gru) {
            f.getParam(FusedRecurrentParams.INPUT_WEIGHTS).assign(r.getParam(GruLayer.INPUT_WEIGHTS));
            f.getParam(FusedRecurrentParams.RECURRENT_WEIGHTS).assign(r.getParam(GruLayer.RECURRENT_WEIGHTS));
            f.getParam(FusedRecurrentParams.BIAS).assign(r.getParam(GruLayer.INPUT_BIAS));
            f.getParam(FusedRecurrentParams.RECURRENT_BIAS).assign(r.getParam(GruLayer.RECURRENT_BIAS));
        } else {
            f.getParam(FusedRecurrentParams.INPUT_WEIGHTS).assign(r.getParam("W"));
            f.getParam(FusedRecurrentParams.RECURRENT_WEIGHTS).assign(r.getParam("RW"));
            f.getParam(FusedRecurrentParams.BIAS).assign(r.getParam("b"));
        }
    }

    /** Embedding and output-layer gradients: they depend on the recurrent layer's forward and backward both. */
    private static INDArray embeddingAndOutputGradients(INDArray flat, MultiLayerNetwork ref) {
        long emb = ref.getLayer(0).numParams();
        long out = ref.getLayer(2).numParams();
        long total = flat.length();
        return Nd4j.concat(0, flat.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, emb)),
                flat.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(total - out, total)));
    }
}
