package quatrain.core.generate;

import quatrain.core.QuatrainException;

/** Text could not be generated as asked: a prompt the model cannot read, or a model that gives no token. */
public class GenerationException extends QuatrainException {
    private static final long serialVersionUID = 1L;

    public GenerationException(String message) {
        super(message);
    }

    public GenerationException(String message, Throwable cause) {
        super(message, cause);
    }
}
