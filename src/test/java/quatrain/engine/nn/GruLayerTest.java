package quatrain.engine.nn;

import static org.assertj.core.api.Assertions.assertThat;

import org.deeplearning4j.gradientcheck.GradientCheckUtil;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.NoOp;
import org.nd4j.linalg.lossfunctions.LossFunctions;

class GruLayerTest {

    private static MultiLayerNetwork doubleNet(int nIn, int units, int time, int classes) {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
                .dataType(DataType.DOUBLE).seed(42).updater(new NoOp()).weightInit(WeightInit.XAVIER)
                .list()
                .layer(new GruLayer.Builder().nIn(nIn).nOut(units).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).activation(Activation.SOFTMAX)
                        .nIn(units).nOut(classes).build())
                .setInputType(InputType.recurrent(nIn, time, RNNFormat.NWC))
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        // Non-zero biases so that the check exercises every term.
        net.getLayer(0).getParam(GruLayer.INPUT_BIAS).assign(Nd4j.rand(DataType.DOUBLE, 1, 3 * units).subi(0.5));
        net.getLayer(0).getParam(GruLayer.RECURRENT_BIAS).assign(Nd4j.rand(DataType.DOUBLE, 1, 3 * units).subi(0.5));
        return net;
    }

    /**
     * DL4J 1.0.0-M2.1's SameDiff prints a line per op to System.out while it builds a gradient function
     * (CorrectedSameDiffLayer silences that one-off construction): the command line's --json output would break.
     */
    @Test
    void theFirstBackwardPassPrintsNothingOnStandardOutput() {
        MultiLayerNetwork net = doubleNet(3, 4, 5, 2);
        net.setInput(Nd4j.rand(DataType.DOUBLE, 2, 5, 3));
        net.setLabels(Nd4j.zeros(DataType.DOUBLE, 2, 2).putScalar(0, 0, 1).putScalar(1, 1, 1));
        java.io.PrintStream stdout = System.out;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            net.computeGradientAndScore();
        } finally {
            System.setOut(stdout);
        }
        assertThat(printed.toString(java.nio.charset.StandardCharsets.UTF_8))
                .as("standard output while SameDiff built the GRU's gradient function (CorrectedSameDiffLayer was"
                        + " written for DL4J 1.0.0-M2.1)").isEmpty();
        assertThat(net.gradient().gradient().sumNumber().doubleValue()).isNotZero();
    }

    @Test
    void gradientsMatchFiniteDifferencesInDoublePrecision() {
        DataType previous = Nd4j.dataType();
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        try {
            checkGradients();
        } finally {
            Nd4j.setDefaultDataTypes(previous, previous);
        }
    }

    @Test
    void gradientsFlowCorrectlyThroughStackedGrusIntoAnEmbedding() {
        DataType previous = Nd4j.dataType();
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        try {
            int vocab = 6, time = 3, batch = 3;
            MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().dataType(DataType.DOUBLE).seed(11)
                    .updater(new NoOp()).weightInit(WeightInit.XAVIER).list()
                    .layer(new org.deeplearning4j.nn.conf.layers.EmbeddingSequenceLayer.Builder().nIn(vocab).nOut(4)
                            .inputLength(time).outputDataFormat(RNNFormat.NWC).hasBias(false).build())
                    .layer(new GruLayer.Builder().nOut(5).returnSequences(true).build())
                    .layer(new GruLayer.Builder().nOut(4).build())
                    .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).activation(Activation.SOFTMAX)
                            .nOut(vocab).build())
                    .setInputType(InputType.recurrent(vocab, time, RNNFormat.NWC)).build();
            MultiLayerNetwork net = new MultiLayerNetwork(conf);
            net.init();
            INDArray input = Nd4j.createFromArray(new double[][] {{1, 2, 3}, {4, 5, 0}, {2, 2, 1}});
            INDArray labels = Nd4j.zeros(DataType.DOUBLE, batch, vocab);
            labels.putScalar(0, 3, 1);
            labels.putScalar(1, 1, 1);
            labels.putScalar(2, 5, 1);
            boolean ok = GradientCheckUtil.checkGradients(new GradientCheckUtil.MLNConfig().net(net).input(input)
                    .labels(labels).epsilon(1e-6).maxRelError(1e-5).minAbsoluteError(1e-9)
                    .print(GradientCheckUtil.PrintMode.FAILURES_ONLY));
            assertThat(ok).as("embedding gradients are right only if the GRUs pass correct input gradients").isTrue();
        } finally {
            Nd4j.setDefaultDataTypes(previous, previous);
        }
    }

    @Test
    void forwardPassMatchesAPlainJavaReferenceGru() {
        DataType previous = Nd4j.dataType();
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        try {
            int batch = 2, nIn = 3, units = 4, time = 5;
            MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().dataType(DataType.DOUBLE).seed(3)
                    .list().layer(new GruLayer.Builder().nIn(nIn).nOut(units).returnSequences(true).build())
                    .setInputType(InputType.recurrent(nIn, time, RNNFormat.NWC)).build();
            MultiLayerNetwork net = new MultiLayerNetwork(conf);
            net.init();
            net.params().assign(Nd4j.rand(DataType.DOUBLE, net.params().shape()).subi(0.5));
            INDArray x = Nd4j.rand(DataType.DOUBLE, batch, time, nIn).subi(0.5).muli(3);
            INDArray out = net.output(x);
            double[][] wx = net.getLayer(0).getParam(GruLayer.INPUT_WEIGHTS).toDoubleMatrix();
            double[][] wh = net.getLayer(0).getParam(GruLayer.RECURRENT_WEIGHTS).toDoubleMatrix();
            double[] bx = net.getLayer(0).getParam(GruLayer.INPUT_BIAS).toDoubleVector();
            double[] bh = net.getLayer(0).getParam(GruLayer.RECURRENT_BIAS).toDoubleVector();
            for (int b = 0; b < batch; b++) {
                double[] h = new double[units];
                for (int t = 0; t < time; t++) {
                    h = referenceStep(x.get(org.nd4j.linalg.indexing.NDArrayIndex.point(b),
                            org.nd4j.linalg.indexing.NDArrayIndex.point(t)).toDoubleVector(), h, wx, wh, bx, bh);
                    for (int j = 0; j < units; j++) {
                        assertThat(out.getDouble(b, t, j)).as("h[b=%d,t=%d,j=%d]", b, t, j)
                                .isCloseTo(h[j], org.assertj.core.data.Offset.offset(1e-12));
                    }
                }
            }
        } finally {
            Nd4j.setDefaultDataTypes(previous, previous);
        }
    }

    /** The GRU equations written out independently (PyTorch's formulation), in double precision. */
    private static double[] referenceStep(double[] x, double[] h, double[][] wx, double[][] wh, double[] bx,
            double[] bh) {
        int n = h.length;
        double[] next = new double[n];
        for (int j = 0; j < n; j++) {
            double r = sigmoid(dot(x, wx, j) + bx[j] + dot(h, wh, j) + bh[j]);
            double z = sigmoid(dot(x, wx, n + j) + bx[n + j] + dot(h, wh, n + j) + bh[n + j]);
            double c = Math.tanh(dot(x, wx, 2 * n + j) + bx[2 * n + j] + r * (dot(h, wh, 2 * n + j) + bh[2 * n + j]));
            next[j] = (1 - z) * c + z * h[j];
        }
        return next;
    }

    private static double dot(double[] v, double[][] m, int column) {
        double s = 0;
        for (int i = 0; i < v.length; i++) {
            s += v[i] * m[i][column];
        }
        return s;
    }

    private static double sigmoid(double v) {
        return 1 / (1 + Math.exp(-v));
    }

    private static void checkGradients() {
        Nd4j.getRandom().setSeed(7);
        int batch = 3, nIn = 4, units = 5, time = 4, classes = 3;
        MultiLayerNetwork net = doubleNet(nIn, units, time, classes);
        INDArray input = Nd4j.rand(DataType.DOUBLE, batch, time, nIn).subi(0.5).muli(2);
        INDArray labels = Nd4j.zeros(DataType.DOUBLE, batch, classes);
        for (int i = 0; i < batch; i++) {
            labels.putScalar(i, i % classes, 1.0);
        }
        boolean ok = GradientCheckUtil.checkGradients(new GradientCheckUtil.MLNConfig().net(net)
                .input(input).labels(labels).epsilon(1e-6).maxRelError(1e-5).minAbsoluteError(1e-9).print(GradientCheckUtil.PrintMode.FAILURES_ONLY));
        assertThat(ok).as("analytic gradients of every GRU parameter match finite differences").isTrue();
    }
}
