package quatrain.engine.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import org.deeplearning4j.exception.DL4JInvalidInputException;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.EmbeddingSequenceLayer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.NoOp;

/** The lookup against DL4J's EmbeddingSequenceLayer, which it replaces in the fused models. */
class EmbeddingLookupTest {
    private static final int VOCAB = 7;
    private static final int SIZE = 5;
    private static final int TIME = 4;

    private static MultiLayerNetwork net(Layer embedding, DataType type) {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().dataType(type).seed(3).updater(new NoOp())
                .weightInit(WeightInit.XAVIER_UNIFORM).list()
                .layer(embedding)
                // DL4J's LSTM, which computes in the network's precision: finite differences need double throughout.
                .layer(new LastTimeStep(new LSTM.Builder().nOut(3).activation(Activation.TANH)
                        .dataFormat(RNNFormat.NWC).build()))
                .layer(new SoftmaxOutput.Builder().nOut(VOCAB).build())
                .setInputType(InputType.recurrent(VOCAB, TIME, RNNFormat.NWC))
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }

    private static MultiLayerNetwork lookup(DataType type) {
        return net(new EmbeddingLookup.Builder().nIn(VOCAB).nOut(SIZE).inputLength(TIME).build(), type);
    }

    private static MultiLayerNetwork reference(DataType type) {
        return net(new EmbeddingSequenceLayer.Builder().nIn(VOCAB).nOut(SIZE).inputLength(TIME)
                .outputDataFormat(RNNFormat.NWC).hasBias(false).build(), type);
    }

    /** Ids with repeats within a window and across windows (the backward pass must add them up). */
    private static INDArray ids(DataType type) {
        return Nd4j.createFromArray(new double[][] {{1, 3, 3, 6}, {0, 1, 1, 1}, {6, 5, 3, 2}}).castTo(type);
    }

    private static INDArray labels(DataType type) {
        INDArray y = Nd4j.zeros(type, 3, VOCAB);
        y.putScalar(0, 2, 1);
        y.putScalar(1, 6, 1);
        y.putScalar(2, 0, 1);
        return y;
    }

    @ParameterizedTest
    @EnumSource(value = DataType.class, names = {"FLOAT", "DOUBLE"})
    void computesWhatDl4jsEmbeddingComputesForwardAndBackward(DataType type) {
        MultiLayerNetwork ref = reference(type);
        MultiLayerNetwork ours = lookup(type);
        assertThat(ours.numParams()).isEqualTo(ref.numParams());
        // Same values, each in its own layout: DL4J's W is column-major, ours row-major.
        ref.getLayer(0).getParam("W").assign(Nd4j.rand(type, VOCAB, SIZE).subi(0.5));
        ours.getLayer(0).getParam("W").assign(ref.getLayer(0).getParam("W"));
        ours.getLayer(1).params().assign(ref.getLayer(1).params());
        ours.getLayer(2).params().assign(ref.getLayer(2).params());
        double tolerance = type == DataType.DOUBLE ? 1e-12 : 1e-6;

        INDArray x = ids(type);
        INDArray refRows = ref.feedForward(x, false).get(1);
        INDArray ourRows = ours.feedForward(x, false).get(1);
        assertThat(ourRows.shape()).containsExactly(3, TIME, SIZE);
        assertThat(ourRows.equalsWithEps(refRows, tolerance)).as("looked-up rows").isTrue();

        for (MultiLayerNetwork net : new MultiLayerNetwork[] {ref, ours}) {
            net.setInput(x);
            net.setLabels(labels(type));
            net.computeGradientAndScore();
        }
        INDArray expected = ref.gradient().getGradientFor("0_W");
        INDArray actual = ours.gradient().getGradientFor("0_W");
        assertThat(expected.getRow(1).amaxNumber().doubleValue()).as("a repeated token has a gradient").isGreaterThan(1e-4);
        assertThat(expected.getRow(4).amaxNumber().doubleValue()).as("an unused token has none").isZero();
        assertThat(actual.equalsWithEps(expected, tolerance)).as("embedding gradient\n%s\nvs\n%s", actual, expected)
                .isTrue();
        assertThat(ours.score()).isCloseTo(ref.score(), org.assertj.core.data.Offset.offset(tolerance));
    }

    /** Central differences of the loss with respect to every embedding weight, in double precision. */
    @Test
    void theEmbeddingGradientIsTheLossesDerivative() {
        MultiLayerNetwork net = lookup(DataType.DOUBLE);
        net.params().addi(Nd4j.rand(DataType.DOUBLE, net.params().shape()).subi(0.5));
        org.nd4j.linalg.dataset.DataSet data = new org.nd4j.linalg.dataset.DataSet(ids(DataType.DOUBLE),
                labels(DataType.DOUBLE));
        net.setInput(data.getFeatures());
        net.setLabels(data.getLabels());
        net.computeGradientAndScore();
        INDArray analytic = net.gradient().getGradientFor("0_W").dup();
        INDArray w = net.getLayer(0).getParam("W");
        double h = 1e-6;
        // The score is the mean over the minibatch; the gradient before the updater is the sum.
        double examples = data.numExamples();
        for (int id = 0; id < VOCAB; id++) {
            for (int j = 0; j < SIZE; j++) {
                double v = w.getDouble(id, j);
                w.putScalar(id, j, v + h);
                double up = net.score(data, true);
                w.putScalar(id, j, v - h);
                double down = net.score(data, true);
                w.putScalar(id, j, v);
                assertThat(analytic.getDouble(id, j)).as("dL/dW[%d,%d]", id, j)
                        .isCloseTo(examples * (up - down) / (2 * h), org.assertj.core.data.Offset.offset(1e-6));
            }
        }
    }

    @Test
    void eachTokensVectorIsOneContiguousRow() {
        MultiLayerNetwork net = lookup(DataType.FLOAT);
        INDArray w = net.getLayer(0).getParam("W");
        assertThat(w.ordering()).isEqualTo('c');
        INDArray rows = net.feedForward(ids(DataType.FLOAT), false).get(1);
        assertThat(rows.get(org.nd4j.linalg.indexing.NDArrayIndex.point(2),
                org.nd4j.linalg.indexing.NDArrayIndex.point(1), org.nd4j.linalg.indexing.NDArrayIndex.all()))
                .isEqualTo(w.getRow(5));
    }

    @Test
    void aStaleGradientFromAnEarlierMinibatchIsCleared() {
        MultiLayerNetwork net = lookup(DataType.DOUBLE);
        net.setInput(ids(DataType.DOUBLE));
        net.setLabels(labels(DataType.DOUBLE));
        net.computeGradientAndScore();
        INDArray other = Nd4j.createFromArray(new double[][] {{2, 2, 2, 2}});
        INDArray y = Nd4j.zeros(DataType.DOUBLE, 1, VOCAB).putScalar(0, 1, 1);
        net.setInput(other);
        net.setLabels(y);
        net.computeGradientAndScore();
        INDArray g = net.gradient().getGradientFor("0_W");
        for (int id = 0; id < VOCAB; id++) {
            double largest = g.getRow(id).amaxNumber().doubleValue();
            if (id == 2) {
                assertThat(largest).as("row of the token used").isGreaterThan(0);
            } else {
                assertThat(largest).as("row %d, not used in this minibatch", id).isZero();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1, 7, 2.5})
    void anIdOutsideTheVocabularyIsRefusedWithItsPosition(double bad) {
        MultiLayerNetwork net = lookup(DataType.FLOAT);
        INDArray x = Nd4j.createFromArray(new float[][] {{1, 2, (float) bad, 0}});
        assertThatThrownBy(() -> net.output(x)).isInstanceOf(DL4JInvalidInputException.class)
                .hasMessageContaining("position 2").hasMessageContaining("between 0 and 6");
    }

    @Test
    void aWindowOfTheWrongLengthIsRefused() {
        MultiLayerNetwork net = lookup(DataType.FLOAT);
        assertThatThrownBy(() -> net.output(Nd4j.createFromArray(new float[][] {{1, 2, 3}})))
                .isInstanceOf(DL4JInvalidInputException.class).hasMessageContaining("[batch, 4]");
    }

    @Test
    void survivesJsonAndModelFileRoundTrips() throws Exception {
        MultiLayerNetwork net = lookup(DataType.FLOAT);
        MultiLayerConfiguration back = MultiLayerConfiguration.fromJson(net.getLayerWiseConfigurations().toJson());
        assertThat(back.getConf(0).getLayer()).isInstanceOfSatisfying(EmbeddingLookup.class,
                e -> assertThat(e.getInputLength()).isEqualTo(TIME));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ModelSerializer.writeModel(net, bytes, true);
        MultiLayerNetwork restored = ModelSerializer.restoreMultiLayerNetwork(new ByteArrayInputStream(bytes.toByteArray()));
        INDArray x = ids(DataType.FLOAT);
        assertThat(restored.output(x)).isEqualTo(net.output(x));
        assertThat(restored.getLayer(0).getParam("W")).isEqualTo(net.getLayer(0).getParam("W"));
    }
}
