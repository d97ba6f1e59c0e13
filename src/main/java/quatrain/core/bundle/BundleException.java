package quatrain.core.bundle;

import quatrain.core.QuatrainException;

/** A model file that cannot be read or written: missing, damaged, foreign, or from a newer version. */
public class BundleException extends QuatrainException {
    private static final long serialVersionUID = 1L;

    public BundleException(String message) {
        super(message);
    }

    public BundleException(String message, Throwable cause) {
        super(message, cause);
    }
}
