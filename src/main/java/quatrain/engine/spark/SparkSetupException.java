package quatrain.engine.spark;

import quatrain.core.QuatrainException;

/**
 * Spark cannot run our code as asked: the executors have no way to get it, the Spark found is not the one this
 * build is for, or the local cluster did not come up. The message says which, in one line.
 */
public class SparkSetupException extends QuatrainException {
    private static final long serialVersionUID = 1L;

    public SparkSetupException(String message) {
        super(message);
    }

    public SparkSetupException(String message, Throwable cause) {
        super(message, cause);
    }
}
