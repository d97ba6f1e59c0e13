package quatrain.core.judge;

import quatrain.core.QuatrainException;

/**
 * A judge needs the corpus's documents, and this model file does not hold them (a large corpus is not kept in the
 * file). The front end offers to read the text the model was trained on.
 */
public class NoCorpusException extends QuatrainException {
    private static final long serialVersionUID = 1L;

    private final String corpusName;

    /** The refusal for {@code modelFile}, trained on the text named {@code corpusName} ("" when unknown). */
    public static NoCorpusException of(String modelFile, String corpusName) {
        return new NoCorpusException("\"" + modelFile + "\" does not hold the text it was trained on"
                + (corpusName == null || corpusName.isBlank() ? "" : " (\"" + corpusName + "\")")
                + ": large corpora are not kept in the model file. To judge its quatrains, point at that text.",
                corpusName);
    }

    private NoCorpusException(String message, String corpusName) {
        super(message);
        this.corpusName = corpusName;
    }

    /** The same refusal, with how this front end points at the text (an option to give, a button to press). */
    public NoCorpusException withAdvice(String advice) {
        NoCorpusException e = new NoCorpusException(getMessage() + " " + advice, corpusName);
        e.initCause(this);
        return e;
    }

    /** The name of the text the model was trained on, as its file records it ("" when unknown). */
    public String corpusName() {
        return corpusName == null ? "" : corpusName;
    }
}
