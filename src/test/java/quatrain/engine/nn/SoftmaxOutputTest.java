package quatrain.engine.nn;

import static org.assertj.core.api.Assertions.assertThat;

import org.deeplearning4j.gradientcheck.GradientCheckUtil;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.NoOp;
import org.nd4j.linalg.lossfunctions.impl.LossSparseMCXENT;

@ExtendWith(DoublePrecision.class)
class SoftmaxOutputTest {
    private static final INDArray X = Nd4j.rand(DataType.DOUBLE, 5, 6).subi(0.5);
    private static final INDArray Y = Nd4j.createFromArray(new double[][] {{0}, {3}, {6}, {2}, {3}});
    private static MultiLayerNetwork net(Layer output) {
        return net(output, DataType.DOUBLE);
    }

    private static MultiLayerNetwork net(Layer output, DataType type) {
        MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().dataType(type)
                .seed(3).updater(new NoOp()).weightInit(WeightInit.XAVIER).list()
                .layer(new DenseLayer.Builder().nOut(4).activation(Activation.TANH).build()).layer(output)
                .setInputType(InputType.feedForward(6)).build());
        net.init();
        return net;
    }

    /** Same values into each network's own layout (DL4J's W is column-major; SoftmaxOutput's now row-major). */
    private static void copyParams(MultiLayerNetwork from, MultiLayerNetwork to) {
        from.paramTable().forEach((key, value) -> to.getParam(key).assign(value));
    }

    /** The largest difference over every parameter's gradient, compared by name (the layouts differ). */
    private static double largestGradientDifference(MultiLayerNetwork a, MultiLayerNetwork b) {
        return a.paramTable().keySet().stream().mapToDouble(key -> a.gradient().getGradientFor(key)
                .castTo(DataType.DOUBLE).sub(b.gradient().getGradientFor(key).castTo(DataType.DOUBLE))
                .amaxNumber().doubleValue()).max().orElseThrow();
    }

    /** Row-major W is how layers are built now; column-major is how a model saved before that reads back. */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void scoreAndGradientsEqualDl4jsOutputLayerWithSparseCrossEntropy(boolean rowMajor) {
        MultiLayerNetwork ref = net(new OutputLayer.Builder(new LossSparseMCXENT()).activation(Activation.SOFTMAX)
                .nOut(7).build());
        SoftmaxOutput output = (SoftmaxOutput) new SoftmaxOutput.Builder().nOut(7).build();
        output.setRowMajorWeights(rowMajor);
        MultiLayerNetwork fused = net(output);
        assertThat(fused.getLayer(1).getParam("W").ordering()).isEqualTo(rowMajor ? 'c' : 'f');
        copyParams(ref, fused);
        for (MultiLayerNetwork n : new MultiLayerNetwork[] {ref, fused}) {
            n.setInput(X);
            n.setLabels(Y);
            n.computeGradientAndScore();
        }
        assertThat(fused.score()).isCloseTo(ref.score(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(largestGradientDifference(fused, ref)).isLessThan(1e-9);
        assertThat(fused.output(X).sub(ref.output(X)).amaxNumber().doubleValue()).isLessThan(1e-12);
        assertThat(fused.score(new org.nd4j.linalg.dataset.DataSet(X, Y))).as("score outside training")
                .isCloseTo(ref.score(new org.nd4j.linalg.dataset.DataSet(X, Y)), org.assertj.core.data.Offset.offset(1e-9));
    }

    /** FLOAT takes the SIMD softmax (bias, softmax, loss and p − 1 in Java lanes) over a vocabulary wider than lanes. */
    @Test
    void singlePrecisionSoftmaxPathMatchesTheDoubleReference() {
        assertThat(Kernels.best().simd()).as("the test JVM runs the SIMD path").isTrue();
        int classes = 37;
        INDArray y = Nd4j.createFromArray(new double[][] {{0}, {36}, {17}, {2}, {17}});
        MultiLayerNetwork ref = net(new OutputLayer.Builder(new LossSparseMCXENT()).activation(Activation.SOFTMAX)
                .nOut(classes).build());
        ref.params().addi(Nd4j.rand(DataType.DOUBLE, ref.params().shape()).subi(0.5));
        MultiLayerNetwork fused = net(new SoftmaxOutput.Builder().nOut(classes).build(), DataType.FLOAT);
        copyParams(ref, fused);
        ref.setInput(X);
        ref.setLabels(y);
        ref.computeGradientAndScore();
        fused.setInput(X.castTo(DataType.FLOAT));
        fused.setLabels(y.castTo(DataType.FLOAT));
        fused.computeGradientAndScore();
        assertThat(fused.score()).isCloseTo(ref.score(), org.assertj.core.data.Offset.offset(1e-5));
        assertThat(ref.gradient().getGradientFor("1_b").amaxNumber().doubleValue()).as("bias gradient")
                .isGreaterThan(1e-3);
        double largest = ref.gradient().gradient().amaxNumber().doubleValue();
        assertThat(largestGradientDifference(fused, ref)).isLessThan(1e-5 * largest);
    }

    @Test
    void aModelSavedBeforeRowMajorWeightsKeepsItsColumnMajorLayout() throws Exception {
        MultiLayerNetwork net = net(new SoftmaxOutput.Builder().nOut(7).build());
        String json = net.getLayerWiseConfigurations().toJson();
        assertThat(json).contains("\"rowMajorWeights\" : true");
        var now = org.deeplearning4j.nn.conf.MultiLayerConfiguration.fromJson(json);
        assertThat(((SoftmaxOutput) now.getConf(1).getLayer()).isRowMajorWeights()).isTrue();
        var before = org.deeplearning4j.nn.conf.MultiLayerConfiguration.fromJson(
                json.replace("\"rowMajorWeights\" : true,", "").replace(",\n      \"rowMajorWeights\" : true", ""));
        assertThat(before.toJson()).doesNotContain("\"rowMajorWeights\" : true");
        MultiLayerNetwork old = new MultiLayerNetwork(before);
        old.init();
        assertThat(old.getLayer(1).getParam("W").ordering()).isEqualTo('f');
    }

    @Test
    void gradientsMatchFiniteDifferences() {
        MultiLayerNetwork fused = net(new SoftmaxOutput.Builder().nOut(7).build());
        assertThat(GradientCheckUtil.checkGradients(new GradientCheckUtil.MLNConfig().net(fused).input(X).labels(Y)
                .print(GradientCheckUtil.PrintMode.FAILURES_ONLY))).isTrue();
    }
}
