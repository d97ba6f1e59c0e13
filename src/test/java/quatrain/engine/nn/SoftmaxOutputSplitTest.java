package quatrain.engine.nn;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Offset;
import org.deeplearning4j.nn.api.layers.IOutputLayer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.NoOp;

import quatrain.core.spec.Preset;
import quatrain.core.spec.Presets;

/**
 * The softmax output's single-precision pass (softmax, loss, {@code p − 1} and the bias gradient as per-part
 * column sums) where training takes it split: rows × classes at or above {@link RowRanges#MIN_WORK}, forced to
 * {@link #PARTS} parts whatever the machine's core count, the last one short. DL4J's output layer with sparse
 * cross-entropy, run in double, is the reference.
 */
@ExtendWith(DoublePrecision.class)
class SoftmaxOutputSplitTest {
    private static final int PARTS = 3;
    private static final double TOLERANCE = 2e-5;
    private static final int SAMPLE_CORPUS_WORDS = 2_667;
    /** 131 rows × 67 classes: parts of 44, 44 and 43 rows. */
    @Test
    void rowsSplitUnevenlyGetTheReferenceLossAndGradients() {
        assertMatchesReference(131, 16, 67);
    }

    /**
     * The word preset's output layer as it trains on the built-in corpus: 512 windows, 128 units, 2,667 words
     * (docs/BENCHMARKS.md, "Generation").
     */
    @Test
    void theWordPresetsShapeGetsTheReferenceLossAndGradients() {
        Preset preset = Presets.get(Presets.QUATRAINS_GRU);
        assertMatchesReference(preset.training().batchSize(), preset.model().units(), SAMPLE_CORPUS_WORDS);
    }

    private void assertMatchesReference(int rows, int nIn, int classes) {
        assertThat(Kernels.best().simd()).as("the test JVM runs the SIMD softmax").isTrue();
        MultiLayerNetwork ref = net(ReferenceLayers.softmaxOutput(classes), nIn, DataType.DOUBLE);
        MultiLayerNetwork fused = net(new SoftmaxOutput.Builder().nOut(classes).build(), nIn, DataType.FLOAT);
        // By name: DL4J's W is column-major, SoftmaxOutput's row-major.
        ref.paramTable().forEach((key, value) -> fused.getParam(key).assign(value));
        Nd4j.getRandom().setSeed(rows);
        INDArray x = Nd4j.rand(DataType.DOUBLE, rows, nIn).subi(0.5).muli(2);
        INDArray y = Nd4j.zeros(DataType.DOUBLE, rows, 1);
        for (int r = 0; r < rows; r++) {
            y.putScalar(r, (r * 7 + 3) % classes);
        }
        Pair<Gradient, INDArray> expected = ref.calculateGradients(x, y, null, null);
        double expectedLoss = trainingLoss(ref);
        try (var forced = RowRanges.forceParts(PARTS)) {
            assertThat(RowRanges.parts(rows, classes)).as("parts of %d rows × %d classes", rows, classes)
                    .isEqualTo(PARTS);
            assertThat(rows % PARTS).as("a short last part").isNotZero();
            Pair<Gradient, INDArray> actual = fused.calculateGradients(x.castTo(DataType.FLOAT),
                    y.castTo(DataType.FLOAT), null, null);
            assertThat(trainingLoss(fused)).as("loss per row").isCloseTo(expectedLoss, Offset.offset(1e-5));
            for (String key : new String[] {"0_b", "0_W"}) {
                INDArray reference = expected.getFirst().getGradientFor(key);
                assertThat(reference.amaxNumber().doubleValue()).as("%s has a gradient", key).isGreaterThan(1e-6);
                ReferenceLayers.assertClose(actual.getFirst().getGradientFor(key), reference, TOLERANCE,
                        key + " gradient");
            }
            ReferenceLayers.assertClose(actual.getSecond(), expected.getSecond(), TOLERANCE, "input error");
            ReferenceLayers.assertClose(fused.output(x.castTo(DataType.FLOAT)), ref.output(x), TOLERANCE,
                    "probabilities");
        }
    }

    /** The loss of the backprop just run: SoftmaxOutput keeps it from its softmax pass, DL4J computes it anew. */
    private static double trainingLoss(MultiLayerNetwork net) {
        return ((IOutputLayer) net.getOutputLayer()).computeScore(0.0, true, LayerWorkspaceMgr.noWorkspaces());
    }

    private static MultiLayerNetwork net(Layer output, int nIn, DataType type) {
        MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().dataType(type).seed(3)
                .updater(new NoOp()).weightInit(WeightInit.XAVIER).list().layer(output)
                .setInputType(InputType.feedForward(nIn)).build());
        net.init();
        // Non-zero biases: the softmax pass adds them itself.
        net.getParam("0_b").assign(Nd4j.rand(DataType.DOUBLE, net.getParam("0_b").shape()).subi(0.5));
        return net;
    }
}
