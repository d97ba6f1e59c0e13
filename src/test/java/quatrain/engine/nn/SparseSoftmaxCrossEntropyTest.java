package quatrain.engine.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;
import org.nd4j.linalg.activations.impl.ActivationTanH;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.impl.LossSparseMCXENT;

class SparseSoftmaxCrossEntropyTest {
    private static final INDArray LOGITS = Nd4j.rand(DataType.DOUBLE, 6, 11).subi(0.5).muli(8);
    private static final INDArray LABELS = Nd4j.createFromArray(new double[][] {{3}, {0}, {10}, {5}, {5}, {7}});

    @Test
    void scoresLikeDl4jsSparseCrossEntropy() {
        var mine = new SparseSoftmaxCrossEntropy();
        var theirs = new LossSparseMCXENT();
        var softmax = new ActivationSoftmax();
        double expected = theirs.computeScore(LABELS, LOGITS.dup(), softmax, null, true);
        assertThat(mine.computeScore(LABELS, LOGITS.dup(), softmax, null, true)).isCloseTo(expected,
                org.assertj.core.data.Offset.offset(1e-9));
        INDArray perRow = mine.computeScoreArray(LABELS, LOGITS.dup(), softmax, null);
        INDArray expectedRows = theirs.computeScoreArray(LABELS, LOGITS.dup(), softmax, null);
        assertThat(perRow.sub(expectedRows.reshape(perRow.shape())).amaxNumber().doubleValue()).isLessThan(1e-9);
    }

    @Test
    void gradientIsSoftmaxMinusOneHotLikeDl4js() {
        var softmax = new ActivationSoftmax();
        INDArray expected = new LossSparseMCXENT().computeGradient(LABELS, LOGITS.dup(), softmax, null);
        INDArray actual = new SparseSoftmaxCrossEntropy().computeGradient(LABELS, LOGITS.dup(), softmax, null);
        assertThat(actual.sub(expected).amaxNumber().doubleValue()).isLessThan(1e-9);
        assertThat(actual.sum(1).amaxNumber().doubleValue()).as("rows of softmax - onehot sum to 0").isLessThan(1e-12);
    }

    @Test
    void refusesOtherActivationsAndOutOfRangeLabels() {
        var loss = new SparseSoftmaxCrossEntropy();
        assertThatThrownBy(() -> loss.computeScore(LABELS, LOGITS.dup(), new ActivationTanH(), null, true))
                .hasMessageContaining("softmax");
        INDArray bad = Nd4j.createFromArray(new double[][] {{11}, {0}, {0}, {0}, {0}, {0}});
        assertThatThrownBy(() -> loss.computeScore(bad, LOGITS.dup(), new ActivationSoftmax(), null, true))
                .hasMessageContaining("label 11");
    }
}
