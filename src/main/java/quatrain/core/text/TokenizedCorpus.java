package quatrain.core.text;

import java.util.ArrayList;
import java.util.List;

import quatrain.core.corpus.Corpus;
import quatrain.core.corpus.Split;
import quatrain.core.spec.ModelSpec;

/**
 * A corpus cut into tokens, split by document into training and validation sets and encoded with a
 * vocabulary. Every encoded document is {@code [<s>, ids…, </s>]}.
 *
 * @param vocabulary  built from the training documents (or given, when resuming)
 * @param train       encoded training documents
 * @param validation  encoded validation documents
 * @param trainTokens tokens of the training documents, markers excluded
 * @param unknownTrainTokens training tokens that map to {@code <unk>}
 */
public record TokenizedCorpus(Vocabulary vocabulary, List<int[]> train, List<int[]> validation, long trainTokens,
        long unknownTrainTokens) {

    public TokenizedCorpus {
        train = List.copyOf(train);
        validation = List.copyOf(validation);
    }

    /**
     * Tokenises {@code corpus} as {@code spec} says, splits it by document with {@code seed} and builds the
     * vocabulary from the training documents, unless {@code vocabulary} is given (resume, evaluation).
     */
    public static TokenizedCorpus prepare(Corpus corpus, ModelSpec spec, double validationFraction, long seed,
            Vocabulary vocabulary) {
        Tokenizer tokenizer = spec.level().tokenizer(spec.lowercase());
        List<List<String>> docs = new ArrayList<>(corpus.documents().size());
        for (String d : corpus.documents()) {
            List<String> tokens = tokenizer.tokenize(d);
            if (!tokens.isEmpty()) {
                docs.add(tokens);
            }
        }
        Split<List<String>> split = Split.of(docs, validationFraction, seed);
        Vocabulary vocab = vocabulary != null ? vocabulary
                : Vocabulary.build(split.train(), spec.minCount(), spec.maxVocabulary());
        List<int[]> train = encode(split.train(), vocab);
        long tokens = 0;
        long unknown = 0;
        for (int[] doc : train) {
            tokens += doc.length - 2;
            for (int i = 1; i < doc.length - 1; i++) {
                if (doc[i] == Vocabulary.UNKNOWN_ID) {
                    unknown++;
                }
            }
        }
        return new TokenizedCorpus(vocab, train, encode(split.validation(), vocab), tokens, unknown);
    }

    private static List<int[]> encode(List<List<String>> docs, Vocabulary vocab) {
        List<int[]> out = new ArrayList<>(docs.size());
        for (List<String> d : docs) {
            out.add(vocab.encodeDocument(d));
        }
        return out;
    }

    /** Tokens of the validation documents, markers excluded. */
    public long validationTokens() {
        long n = 0;
        for (int[] d : validation) {
            n += d.length - 2;
        }
        return n;
    }
}
