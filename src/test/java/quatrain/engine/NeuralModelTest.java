package quatrain.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import quatrain.core.generate.TokenStepper;
import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.Overrides;
import quatrain.core.spec.Preset;
import quatrain.core.spec.Presets;
import quatrain.core.text.Vocabulary;

/** The Java stepper used for generation computes what the DL4J network computes. */
class NeuralModelTest {
    private static final int VOCAB = 23;

    @ParameterizedTest
    @CsvSource({"GRU,FUSED", "LSTM,FUSED", "GRU,REFERENCE", "LSTM,REFERENCE"})
    void stepperReproducesTheNetworksPredictionForAWindow(String kind, NetworkFactory.Implementation impl) {
        Preset p = Presets.get(Presets.QUATRAINS_GRU);
        ModelSpec spec = Overrides.apply(p.model(), Map.of("kind", kind, "layers", "2", "units", "16",
                "embeddingSize", "8"));
        checkAgainstNetwork(spec, p, impl);
    }

    @ParameterizedTest
    @EnumSource(NetworkFactory.Implementation.class)
    void oneHotCharacterLstmStepsLikeTheNetwork(NetworkFactory.Implementation impl) {
        Preset p = Presets.get(Presets.CHARS_LSTM);
        ModelSpec spec = Overrides.apply(p.model(), Map.of("units", "12", "sequenceLength", "5", "windowStep", "1"));
        checkAgainstNetwork(spec, p, impl);
    }

    private static void checkAgainstNetwork(ModelSpec spec, Preset p, NetworkFactory.Implementation impl) {
        MultiLayerNetwork net = NetworkFactory.build(spec, p.training(), VOCAB, null, impl);
        // Non-zero biases everywhere, so that a misplaced bias or gate block shows.
        INDArray params = net.params();
        params.addi(Nd4j.rand(DataType.FLOAT, params.shape()).subi(0.5).muli(0.2));
        int length = spec.sequenceLength();
        int[] window = new int[length];
        for (int t = 0; t < length; t++) {
            window[t] = t == 0 ? Vocabulary.START_ID : 3 + (t * 5) % (VOCAB - 3);
        }
        INDArray input;
        if (spec.embeddingSize() > 0) {
            input = Nd4j.createFromArray(new float[][] {toFloat(window)});
        } else {
            input = Nd4j.zeros(DataType.FLOAT, 1, length, VOCAB);
            for (int t = 0; t < length; t++) {
                input.putScalar(new long[] {0, t, window[t]}, 1f);
            }
        }
        float[] expected = net.output(input, false).toFloatVector();
        TokenStepper stepper = new NeuralModel(net, fakeVocabulary(), spec).newStepper();
        float[] logits = null;
        for (int token : window) {
            logits = stepper.step(token);
        }
        float[] probabilities = softmax(logits);
        for (int i = 0; i < VOCAB; i++) {
            assertThat(probabilities[i]).as("probability of token %d", i).isCloseTo(expected[i], within(1e-5f));
        }
    }

    @ParameterizedTest
    @EnumSource(NetworkFactory.Implementation.class)
    void longSequencesArePredictedFromTheLastWindowExactlyAsInTraining(NetworkFactory.Implementation impl) {
        Preset p = Presets.get(Presets.QUATRAINS_GRU);
        ModelSpec spec = Overrides.apply(p.model(), Map.of("units", "16", "embeddingSize", "8"));
        MultiLayerNetwork net = NetworkFactory.build(spec, p.training(), VOCAB, null, impl);
        net.params().addi(Nd4j.rand(DataType.FLOAT, net.params().shape()).subi(0.5).muli(0.4));
        TokenStepper stepper = new NeuralModel(net, fakeVocabulary(), spec).newStepper();
        int[] sequence = {1, 1, 1, 1, 5, 9, 4, 17, 3, 3, 12, 20, 8};
        for (int i = 0; i < spec.sequenceLength() - 1; i++) {
            stepper.step(sequence[i]);
        }
        for (int end = spec.sequenceLength(); end <= sequence.length; end++) {
            float[] logits = stepper.step(sequence[end - 1]);
            int[] window = java.util.Arrays.copyOfRange(sequence, end - spec.sequenceLength(), end);
            float[] expected = net.output(Nd4j.createFromArray(new float[][] {toFloat(window)}), false).toFloatVector();
            float[] actual = softmax(logits);
            for (int i = 0; i < VOCAB; i++) {
                assertThat(actual[i]).as("window ending at %d, token %d", end, i).isCloseTo(expected[i], within(1e-5f));
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"GRU,FUSED", "LSTM,FUSED", "GRU,REFERENCE", "LSTM,REFERENCE"})
    void everyStepModelsStepLikeTheNetworkPredictsEveryPosition(String kind, NetworkFactory.Implementation impl) {
        Preset p = Presets.get(Presets.QUATRAINS_GRU);
        ModelSpec spec = Overrides.apply(p.model(), Map.of("kind", kind, "units", "12", "embeddingSize", "6",
                "layers", "2", "sequenceLength", "6", "everyStep", "true"));
        MultiLayerNetwork net = NetworkFactory.build(spec, p.training(), VOCAB, null, impl);
        net.params().addi(Nd4j.rand(DataType.FLOAT, net.params().shape()).subi(0.5).muli(0.4));
        int[] sequence = {1, 5, 9, 4, 17, 3};
        INDArray all = net.output(Nd4j.createFromArray(new float[][] {toFloat(sequence)}), false);
        assertThat(all.shape()).containsExactly(6, VOCAB);
        TokenStepper stepper = new NeuralModel(net, fakeVocabulary(), spec).newStepper();
        for (int t = 0; t < sequence.length; t++) {
            float[] actual = softmax(stepper.step(sequence[t]));
            for (int i = 0; i < VOCAB; i++) {
                assertThat(actual[i]).as("position %d, token %d", t, i).isCloseTo(all.getFloat(t, i), within(1e-5f));
            }
        }
    }

    private static Vocabulary fakeVocabulary() {
        java.util.List<String> tokens = new java.util.ArrayList<>(java.util.List.of("<unk>", "<s>", "</s>"));
        for (int i = 3; i < VOCAB; i++) {
            tokens.add("w" + i);
        }
        return new Vocabulary(tokens, new long[VOCAB]);
    }

    private static float[] toFloat(int[] ids) {
        float[] f = new float[ids.length];
        for (int i = 0; i < ids.length; i++) {
            f[i] = ids[i];
        }
        return f;
    }

    static float[] softmax(float[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (float v : logits) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (float v : logits) {
            sum += Math.exp(v - max);
        }
        float[] p = new float[logits.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = (float) (Math.exp(logits[i] - max) / sum);
        }
        return p;
    }
}
