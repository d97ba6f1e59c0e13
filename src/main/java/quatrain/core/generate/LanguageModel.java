package quatrain.core.generate;

import quatrain.core.spec.ModelSpec;
import quatrain.core.text.Vocabulary;

/**
 * A trained model seen from generation: its vocabulary, its spec (level, context length) and fresh steppers.
 * Sequences start with {@code spec().contextLength()} copies of {@code <s>}, exactly as training windows
 * are padded, so the first real token is predicted from the same state in both.
 */
public interface LanguageModel {
    Vocabulary vocabulary();

    ModelSpec spec();

    TokenStepper newStepper();
}
