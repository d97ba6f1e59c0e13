package quatrain.core;

/**
 * A failure with a message written for the person using the program: what went wrong and, where possible,
 * what to do about it. The technical cause, if any, is attached for the log. Every domain exception of
 * Quatrain Studio extends this one, so the edges (command line, app) can show {@link #getMessage()} as is.
 */
public class QuatrainException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public QuatrainException(String message) {
        super(message);
    }

    public QuatrainException(String message, Throwable cause) {
        super(message, cause);
    }
}
