package quatrain.engine.nn;

import static org.assertj.core.api.Assertions.assertThat;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.lossfunctions.LossFunctions;

class LanesRmsPropTest {
    private static MultiLayerNetwork net(IUpdater updater) {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().dataType(DataType.FLOAT).seed(9)
                .updater(updater).weightInit(WeightInit.XAVIER).list()
                // 39,018 parameters: several chunks for the cores, and a tail after the last full vector.
                .layer(new DenseLayer.Builder().nIn(7).nOut(3001).activation(Activation.TANH).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).activation(Activation.SOFTMAX)
                        .nIn(3001).nOut(5).build())
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }

    /** Ten steps of training: parameters and RMSprop state as ND4J's own op leaves them (the tail included). */
    @Test
    void trainsExactlyAsNd4jsRmsProp() {
        assertThat(Kernels.best().simd()).as("the test JVM runs the SIMD path").isTrue();
        MultiLayerNetwork reference = net(new RmsProp(0.01, 0.9, 1e-7));
        MultiLayerNetwork lanes = net(new LanesRmsProp(0.01, 0.9, 1e-7));
        assertThat(lanes.numParams() % 16).as("a tail after the last full vector").isNotZero();
        assertThat(lanes.numParams()).as("more than two chunks of work").isGreaterThan(2 * (1 << 14));
        lanes.setParams(reference.params().dup());
        INDArray x = Nd4j.rand(DataType.FLOAT, 11, 7).subi(0.5f);
        INDArray y = Nd4j.zeros(DataType.FLOAT, 11, 5);
        for (int r = 0; r < 11; r++) {
            y.putScalar(r, r % 5, 1f);
        }
        for (int step = 0; step < 10; step++) {
            reference.fit(x, y);
            lanes.fit(x, y);
        }
        assertThat(lanes.params().sub(reference.params()).amaxNumber().doubleValue()).isLessThan(1e-6);
        assertThat(lanes.getUpdater().getStateViewArray().sub(reference.getUpdater().getStateViewArray())
                .amaxNumber().doubleValue()).isLessThan(1e-7);
        assertThat(lanes.params().sub(net(new LanesRmsProp(0.01, 0.9, 1e-7)).params()).amaxNumber().doubleValue())
                .as("it did train").isGreaterThan(1e-3);
    }

    @Test
    void survivesTheConfigurationsJsonAndCloning() {
        MultiLayerNetwork net = net(new LanesRmsProp(0.003, 0.9, 1e-7));
        MultiLayerConfiguration back = MultiLayerConfiguration.fromJson(net.getLayerWiseConfigurations().toJson());
        var layer = (org.deeplearning4j.nn.conf.layers.BaseLayer) back.getConf(0).getLayer();
        assertThat(layer.getIUpdater()).isInstanceOf(LanesRmsProp.class);
        assertThat(((RmsProp) layer.getIUpdater()).getRmsDecay()).isEqualTo(0.9);
        assertThat(layer.getIUpdater().clone()).isInstanceOf(LanesRmsProp.class);
    }
}
