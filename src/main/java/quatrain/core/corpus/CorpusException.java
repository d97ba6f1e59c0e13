package quatrain.core.corpus;

import quatrain.core.QuatrainException;

/** A text that cannot be used as a corpus, with the reason in words a person understands. */
public class CorpusException extends QuatrainException {
    private static final long serialVersionUID = 1L;

    public CorpusException(String message) {
        super(message);
    }

    public CorpusException(String message, Throwable cause) {
        super(message, cause);
    }
}
