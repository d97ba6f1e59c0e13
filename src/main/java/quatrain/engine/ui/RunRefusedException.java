package quatrain.engine.ui;

import quatrain.core.QuatrainException;

/** A run file the training UI will not open: it is not a statistics file as DL4J's listener writes one. */
public final class RunRefusedException extends QuatrainException {
    private static final long serialVersionUID = 1L;

    private final String runId;

    public RunRefusedException(String runId, String why) {
        super("The run " + runId + " is not shown: " + why + ".");
        this.runId = runId;
    }

    public RunRefusedException(String runId, String why, Throwable cause) {
        super("The run " + runId + " is not shown: " + why + ".", cause);
        this.runId = runId;
    }

    public String runId() {
        return runId;
    }
}
