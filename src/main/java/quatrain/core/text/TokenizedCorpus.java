package quatrain.core.text;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

import quatrain.core.corpus.Corpus;
import quatrain.core.corpus.Split;
import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.TrainingSpec;
import quatrain.core.spec.ValidationSplit;

/**
 * A corpus cut into tokens, split by document into training and validation sets and encoded with a
 * vocabulary. Every encoded document is {@code [<s>, ids…, </s>]}; each set is one {@link TokenStream}.
 * Prepared in passes over the documents that keep no token lists, so that a corpus read from its file as
 * needed is tokenised in memory that does not grow with it (its ids go to a temporary file: close this
 * when done).
 */
public final class TokenizedCorpus implements AutoCloseable {
    private final Vocabulary vocabulary;
    private final TokenStream train;
    private final TokenStream validation;
    private final long trainTokens;
    private final long unknownTrainTokens;

    /**
     * @param vocabulary         built from the training documents (or given, when resuming)
     * @param train              encoded training documents
     * @param validation         encoded validation documents
     * @param trainTokens        tokens of the training documents, markers excluded
     * @param unknownTrainTokens training tokens that map to {@code <unk>}
     */
    public TokenizedCorpus(Vocabulary vocabulary, TokenStream train, TokenStream validation, long trainTokens,
            long unknownTrainTokens) {
        this.vocabulary = vocabulary;
        this.train = train;
        this.validation = validation;
        this.trainTokens = trainTokens;
        this.unknownTrainTokens = unknownTrainTokens;
    }

    /**
     * Tokenises {@code corpus} as {@code spec} says, splits it by document with {@code seed} and builds the
     * vocabulary from the training documents, unless {@code vocabulary} is given (resume, evaluation).
     */
    public static TokenizedCorpus prepare(Corpus corpus, ModelSpec spec, double validationFraction, long seed,
            Vocabulary vocabulary) {
        return prepare(corpus, spec, validationFraction, seed, vocabulary, TokenStorage.forCorpus(corpus));
    }

    /** As {@link #prepare(Corpus, ModelSpec, double, long, Vocabulary)}, with the ids kept as {@code storage} says. */
    public static TokenizedCorpus prepare(Corpus corpus, ModelSpec spec, double validationFraction, long seed,
            Vocabulary vocabulary, TokenStorage storage) {
        return prepare(corpus, spec, validationFraction, seed, ValidationSplit.RANDOM, vocabulary, storage);
    }

    /** Tokenises {@code corpus} for training as {@code spec} and {@code training} say (split, seed). */
    public static TokenizedCorpus prepare(Corpus corpus, ModelSpec spec, TrainingSpec training) {
        return prepare(corpus, spec, training.validationFraction(), training.seed(), training.validationSplit(), null,
                TokenStorage.forCorpus(corpus));
    }

    private static TokenizedCorpus prepare(Corpus corpus, ModelSpec spec, double validationFraction, long seed,
            ValidationSplit split, Vocabulary vocabulary, TokenStorage storage) {
        DocumentPreparation documents = new DocumentPreparation(spec);
        // One pass over the documents (a large corpus reads them from disk): the count, and for LAST the lengths.
        boolean last = split == ValidationSplit.LAST;
        int kept = 0;
        int[] lengths = new int[last ? corpus.documents().size() : 0];
        for (String d : corpus.documents()) {
            if (documents.kept(d)) {
                if (last) {
                    lengths[kept] = documents.length(d);
                }
                kept++;
            }
        }
        BitSet held = last ? Split.lastHeldOut(Arrays.copyOf(lengths, kept), validationFraction)
                : Split.heldOut(kept, validationFraction, seed);
        Vocabulary vocab = vocabulary != null ? vocabulary
                : tally(corpus.documents(), documents, held).build(spec.minCount(), spec.maxVocabulary());
        return encode(corpus.documents(), documents, held, vocab, storage);
    }

    /** Counts the tokens of the training documents. */
    private static Vocabulary.Tally tally(List<String> texts, DocumentPreparation documents, BitSet held) {
        Vocabulary.Tally tally = new Vocabulary.Tally();
        int k = 0;
        for (String d : texts) {
            if (documents.kept(d) && !held.get(k++)) {
                tally.add(documents.tokens(d));
            }
        }
        return tally;
    }

    private static TokenizedCorpus encode(List<String> texts, DocumentPreparation documents, BitSet held,
            Vocabulary vocab, TokenStorage storage) {
        TokenStream.Writer train = new TokenStream.Writer(vocab.size(), storage);
        TokenStream.Writer validation = new TokenStream.Writer(vocab.size(), storage);
        long tokens = 0;
        long unknown = 0;
        try {
            int k = 0;
            for (String d : texts) {
                if (!documents.kept(d)) {
                    continue;
                }
                int[] ids = documents.encode(d, vocab);
                if (held.get(k++)) {
                    validation.add(ids);
                    continue;
                }
                train.add(ids);
                tokens += DocumentPreparation.tokens(ids);
                unknown += DocumentPreparation.unknownTokens(ids);
            }
            return new TokenizedCorpus(vocab, train.finish(), validation.finish(), tokens, unknown);
        } catch (RuntimeException e) {
            train.abandon();
            validation.abandon();
            throw e;
        }
    }

    /** The same documents with an equal vocabulary (the one a model file holds, with its counts). */
    public TokenizedCorpus withVocabulary(Vocabulary other) {
        if (!other.equals(vocabulary)) {
            throw new IllegalArgumentException("a different vocabulary would change the ids");
        }
        return new TokenizedCorpus(other, train, validation, trainTokens, unknownTrainTokens);
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** Encoded training documents, each copied out of the stream when read. */
    public List<int[]> train() {
        return train.asDocuments();
    }

    /** Encoded validation documents, each copied out of the stream when read. */
    public List<int[]> validation() {
        return validation.asDocuments();
    }

    public TokenStream trainStream() {
        return train;
    }

    public TokenStream validationStream() {
        return validation;
    }

    public long trainTokens() {
        return trainTokens;
    }

    public long unknownTrainTokens() {
        return unknownTrainTokens;
    }

    /** Tokens of the validation documents, markers excluded. */
    public long validationTokens() {
        return validation.size() - 2L * validation.documents();
    }

    /** Removes the temporary files of the streams, if any. */
    @Override
    public void close() {
        train.close();
        validation.close();
    }
}
