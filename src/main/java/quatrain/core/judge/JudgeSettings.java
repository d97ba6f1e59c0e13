package quatrain.core.judge;

import quatrain.core.spec.SamplingSpec;
import quatrain.core.spec.SpecException;

/**
 * How a judge is trained: the model writes {@code samples} quatrains at {@code temperature}, as many corpus
 * documents are drawn, and a {@code heldOut} share of both is kept aside to measure it.
 *
 * @param temperature   the temperature the model writes its quatrains at
 * @param samples       texts of each kind (corpus documents, generated quatrains)
 * @param heldOut       share of each kind kept out of training, to measure the judge on
 * @param epochs        passes over the training texts
 * @param maxCharacters characters of each text the judge reads (longer texts are cut, both kinds alike)
 * @param seed          seeds the generation, the draw of documents, the split, the weights and the order
 */
public record JudgeSettings(double temperature, int samples, double heldOut, int epochs, int maxCharacters,
        long seed) {
    public static final int DEFAULT_SAMPLES = 400;
    public static final int DEFAULT_EPOCHS = 12;
    public static final int DEFAULT_MAX_CHARACTERS = 256;
    public static final long DEFAULT_SEED = 42;

    public JudgeSettings {
        SpecException.range("temperature", temperature, 0.05, SamplingSpec.MAX_TEMPERATURE);
        SpecException.range("samples", samples, 20, 100_000);
        SpecException.check(heldOut >= 0.1 && heldOut <= 0.5, "heldOut must be between 0.1 and 0.5 (got " + heldOut + ")");
        SpecException.range("epochs", epochs, 1, 1_000);
        SpecException.range("maxCharacters", maxCharacters, 16, 4_096);
    }

    /** 400 texts of each kind, a quarter held out, 12 epochs, 256 characters. */
    public static JudgeSettings at(double temperature, long seed) {
        return new JudgeSettings(temperature, DEFAULT_SAMPLES, 0.25, DEFAULT_EPOCHS, DEFAULT_MAX_CHARACTERS, seed);
    }

    public JudgeSettings withSamples(int n) {
        return new JudgeSettings(temperature, n, heldOut, epochs, maxCharacters, seed);
    }

    public JudgeSettings withEpochs(int n) {
        return new JudgeSettings(temperature, samples, heldOut, n, maxCharacters, seed);
    }
}
