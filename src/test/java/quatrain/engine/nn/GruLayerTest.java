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
