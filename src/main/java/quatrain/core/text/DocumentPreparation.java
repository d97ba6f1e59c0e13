package quatrain.core.text;

import java.io.Serializable;
import java.util.List;

import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.TokenLevel;

/**
 * What training makes of one document, in one place for every reader of a text (a file here, or pieces of one on
 * Spark's executors): whether it takes part at all (only documents with tokens do, and only those are numbered for
 * the train/validation split), the length a split by share of text counts, its tokens for the vocabulary and its ids.
 * Serializable, so that executors get the very same rules.
 */
public final class DocumentPreparation implements Serializable {
    private static final long serialVersionUID = 1L;

    private final TokenLevel level;
    private final boolean lowercase;
    private transient Tokenizer tokenizer;

    public DocumentPreparation(ModelSpec spec) {
        this.level = spec.level();
        this.lowercase = spec.lowercase();
    }

    private Tokenizer tokenizer() {
        if (tokenizer == null) {
            tokenizer = Tokenizer.of(level, lowercase);
        }
        return tokenizer;
    }

    /** Whether the document takes part in training: it has at least one token. */
    public boolean kept(String document) {
        return tokenizer().hasTokens(document);
    }

    /** Its size for {@code ValidationSplit.LAST}, which holds out a share of the text's characters. */
    public int length(String document) {
        return document.length();
    }

    public List<String> tokens(String document) {
        return tokenizer().tokenize(document);
    }

    /** {@code <s>}, its ids (unknown tokens as {@link Vocabulary#UNKNOWN_ID}), {@code </s>}. */
    public int[] encode(String document, Vocabulary vocabulary) {
        return vocabulary.encodeDocument(tokens(document));
    }

    /** Tokens of an encoded document, markers excluded. */
    public static long tokens(int[] ids) {
        return ids.length - 2L;
    }

    /** Unknown tokens of an encoded document. */
    public static long unknownTokens(int[] ids) {
        long unknown = 0;
        for (int i = 1; i < ids.length - 1; i++) {
            unknown += ids[i] == Vocabulary.UNKNOWN_ID ? 1 : 0;
        }
        return unknown;
    }
}
