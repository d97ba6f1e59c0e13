package quatrain.engine.nn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.NoOp;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.Presets;

/**
 * The fused layers at the shapes training takes: rows × units at or above {@link RowRanges#MIN_WORK}, so the gate
 * maths runs in parts, forced to {@link #PARTS} whatever the machine's core count, with a short last part. The
 * references run in double, the fused gate maths in float: gradients summed over hundreds of rows and steps agree
 * to {@link #TOLERANCE} of their largest magnitude, while a row left out or written to its neighbour's place
 * is off by far more.
 */
@ExtendWith(DoublePrecision.class)
class FusedRecurrentSplitTest {
    private static final int PARTS = 3;
    private static final int CLASSES = 7;
    private static final double TOLERANCE = 2e-5;
    /** 131 rows × 64 units: parts of 44, 44 and 43 rows. */
    @ParameterizedTest
    @ValueSource(strings = {"GRU", "LSTM"})
    void rowsSplitUnevenlyGetTheReferenceStatesAndGradients(String cell) {
        assertMatchesReference(cell, 131, 5, 24, 64);
    }

    /** The word preset's GRU layer as it trains: 512 windows of 4 embedded words, 128 units. */
    @Test
    void theWordPresetsGruShapeGetsTheReferenceStatesAndGradients() {
        ModelSpec model = Presets.get(Presets.QUATRAINS_GRU).model();
        int batch = Presets.get(Presets.QUATRAINS_GRU).training().batchSize();
        assertMatchesReference("GRU", batch, model.sequenceLength(), model.embeddingSize(), model.units());
    }

    private void assertMatchesReference(String cell, int batch, int time, int nIn, int units) {
        boolean gru = cell.equals("GRU");
        MultiLayerNetwork ref = net(ReferenceLayers.recurrent(gru, units, false), nIn, time);
        MultiLayerNetwork fused = net(new FusedRecurrent.Builder().cell(cell).nOut(units).build(), nIn, time);
        ReferenceLayers.copyParams(ref.getLayer(0), fused.getLayer(0), gru);
        fused.getLayer(1).setParams(ref.getLayer(1).params());
        Nd4j.getRandom().setSeed(batch + time);
        INDArray x = Nd4j.rand(DataType.DOUBLE, batch, time, nIn).subi(0.5).muli(2);
        INDArray y = labels(batch);
        Pair<Gradient, INDArray> expected = ref.calculateGradients(x, y, null, null);
        List<INDArray> expectedStates = ref.feedForward(x, false);
        try (var forced = RowRanges.forceParts(PARTS)) {
            assertThat(RowRanges.parts(batch, units)).as("parts of %d rows × %d units", batch, units)
                    .isEqualTo(PARTS);
            assertThat(batch % PARTS).as("a short last part").isNotZero();
            ReferenceLayers.assertClose(fused.feedForward(x, false).get(1), expectedStates.get(1), TOLERANCE,
                    "last hidden state");
            Pair<Gradient, INDArray> actual = fused.calculateGradients(x, y, null, null);
            for (String[] n : ReferenceLayers.parameterNames(gru)) {
                INDArray reference = expected.getFirst().getGradientFor("0_" + n[1]);
                assertThat(reference.amaxNumber().doubleValue()).as("%s has a gradient", n[1]).isGreaterThan(1e-6);
                ReferenceLayers.assertClose(actual.getFirst().getGradientFor("0_" + n[0]), reference, TOLERANCE,
                        n[0] + " gradient");
            }
            ReferenceLayers.assertClose(actual.getSecond(), expected.getSecond(), TOLERANCE, "input error");
        }
    }

    private static MultiLayerNetwork net(Layer recurrent, int nIn, int time) {
        MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().dataType(DataType.DOUBLE)
                .seed(7).updater(new NoOp()).weightInit(WeightInit.XAVIER).list()
                .layer(recurrent)
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).activation(Activation.SOFTMAX)
                        .nOut(CLASSES).build())
                .setInputType(InputType.recurrent(nIn, time, RNNFormat.NWC)).build());
        net.init();
        // Non-zero biases: the bias gradients are the per-row sums a wrong split would miscount.
        net.params().addi(Nd4j.rand(DataType.DOUBLE, net.params().shape()).subi(0.5).muli(0.4));
        return net;
    }

    private static INDArray labels(int batch) {
        INDArray l = Nd4j.zeros(DataType.DOUBLE, batch, CLASSES);
        for (int b = 0; b < batch; b++) {
            l.putScalar(b, (b * 5 + 1) % CLASSES, 1);
        }
        return l;
    }
}
