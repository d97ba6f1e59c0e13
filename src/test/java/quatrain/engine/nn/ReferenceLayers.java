package quatrain.engine.nn;

import static org.assertj.core.api.Assertions.assertThat;

import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.lossfunctions.impl.LossSparseMCXENT;

/**
 * The layers the fast ones replace ({@link FusedRecurrent}: our {@link GruLayer} and DL4J's {@code LSTM};
 * {@link SoftmaxOutput}: DL4J's output layer with sparse cross-entropy), how the recurrent parameters map onto the
 * fused layer's, and the comparison the tests use.
 */
final class ReferenceLayers {
    private ReferenceLayers() {
    }

    static Layer recurrent(boolean gru, int units, boolean sequences) {
        if (gru) {
            return new GruLayer.Builder().nOut(units).returnSequences(sequences).build();
        }
        LSTM lstm = new LSTM.Builder().nOut(units).activation(Activation.TANH)
                .gateActivationFunction(Activation.SIGMOID).dataFormat(RNNFormat.NWC).build();
        return sequences ? lstm : new LastTimeStep(lstm);
    }

    static Layer softmaxOutput(int classes) {
        return new OutputLayer.Builder(new LossSparseMCXENT()).activation(Activation.SOFTMAX).nOut(classes).build();
    }

    /** Pairs of parameter names, {fused, reference}; the gate block order is the same for both. */
    static String[][] parameterNames(boolean gru) {
        return gru
                ? new String[][] {{FusedRecurrentParams.INPUT_WEIGHTS, GruLayer.INPUT_WEIGHTS},
                    {FusedRecurrentParams.RECURRENT_WEIGHTS, GruLayer.RECURRENT_WEIGHTS},
                    {FusedRecurrentParams.BIAS, GruLayer.INPUT_BIAS},
                    {FusedRecurrentParams.RECURRENT_BIAS, GruLayer.RECURRENT_BIAS}}
                : new String[][] {{FusedRecurrentParams.INPUT_WEIGHTS, "W"},
                    {FusedRecurrentParams.RECURRENT_WEIGHTS, "RW"}, {FusedRecurrentParams.BIAS, "b"}};
    }

    /** The reference layer's parameter values into the fused layer. */
    static void copyParams(org.deeplearning4j.nn.api.Layer reference, org.deeplearning4j.nn.api.Layer fused,
            boolean gru) {
        for (String[] names : parameterNames(gru)) {
            fused.getParam(names[0]).assign(reference.getParam(names[1]));
        }
    }

    /** |actual − expected| within {@code tolerance} × expected's largest magnitude, element by element. */
    static void assertClose(INDArray actual, INDArray expected, double tolerance, String what) {
        double scale = expected.amaxNumber().doubleValue();
        double diff = actual.castTo(DataType.DOUBLE).reshape(expected.shape()).sub(expected.castTo(DataType.DOUBLE))
                .amaxNumber().doubleValue();
        assertThat(diff).as("%s: max difference %s at scale %s", what, diff, scale).isLessThan(tolerance * scale);
    }
}
