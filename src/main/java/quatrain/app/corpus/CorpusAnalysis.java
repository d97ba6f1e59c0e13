package quatrain.app.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import quatrain.core.corpus.Corpus;
import quatrain.core.corpus.CorpusException;
import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.TokenLevel;
import quatrain.core.text.CorpusRequirements;
import quatrain.core.text.TokenizedCorpus;
import quatrain.core.text.Vocabulary;
import quatrain.core.text.WordTokenizer;

/**
 * What a corpus looks like to a model: its tokens and vocabulary at the model's level, the most frequent
 * words, the start of the token stream and whether there is enough text. Plain Java; computed off the UI thread.
 *
 * @param level       the level the figures are for
 * @param tokens      tokens over all documents, markers excluded
 * @param vocabulary  vocabulary size as training would build it (specials included)
 * @param unknown     tokens that fall outside the vocabulary (min count, max size)
 * @param topWords    the most frequent words, most frequent first
 * @param preview     the first tokens of the first documents, markers included, as they will be shown
 * @param verdict     whether the text is enough for the model, and why
 */
public record CorpusAnalysis(TokenLevel level, long tokens, int vocabulary, long unknown, List<WordCount> topWords,
        List<String> preview, Verdict verdict) {
    static final int TOP_WORDS = 20;
    static final int PREVIEW_TOKENS = 60;
    /** How a space is shown in a character-level preview, so that it can be seen. */
    static final String VISIBLE_SPACE = "\u2423";

    public CorpusAnalysis {
        topWords = List.copyOf(topWords);
        preview = List.copyOf(preview);
    }

    /** A word and how often it occurs. */
    public record WordCount(String word, long count) {
    }

    /** Enough text or not; the message says why in words. */
    public record Verdict(Severity severity, String message) {
    }

    public enum Severity {
        OK,
        WARNING,
        DANGER
    }

    public static CorpusAnalysis of(Corpus corpus, ModelSpec spec) {
        try (TokenizedCorpus tokenized = TokenizedCorpus.prepare(corpus, spec, 0.0, 0, null)) {
            Vocabulary vocab = tokenized.vocabulary();
            return new CorpusAnalysis(spec.level(), tokenized.trainTokens(), vocab.size(),
                    tokenized.unknownTrainTokens(), topWords(corpus, spec, vocab), preview(tokenized, vocab, spec.level()),
                    verdict(tokenized, spec));
        }
    }

    private static List<WordCount> topWords(Corpus corpus, ModelSpec spec, Vocabulary vocab) {
        List<WordCount> out = new ArrayList<>(TOP_WORDS);
        if (spec.level() == TokenLevel.WORD) {
            // The vocabulary is already sorted by count; punctuation and markers are not words.
            for (int id = 0; id < vocab.size() && out.size() < TOP_WORDS; id++) {
                if (!Vocabulary.isSpecial(id) && isWord(vocab.token(id))) {
                    out.add(new WordCount(vocab.token(id), vocab.count(id)));
                }
            }
            return out;
        }
        WordTokenizer words = new WordTokenizer(spec.lowercase());
        Map<String, long[]> tally = new HashMap<>();
        for (String doc : corpus.documents()) {
            for (String w : words.tokenize(doc)) {
                if (isWord(w)) {
                    tally.computeIfAbsent(w, k -> new long[1])[0]++;
                }
            }
        }
        tally.entrySet().stream()
                .sorted((a, b) -> a.getValue()[0] != b.getValue()[0] ? Long.compare(b.getValue()[0], a.getValue()[0])
                        : a.getKey().compareTo(b.getKey()))
                .limit(TOP_WORDS).forEach(e -> out.add(new WordCount(e.getKey(), e.getValue()[0])));
        return out;
    }

    private static boolean isWord(String token) {
        return !token.equals(Vocabulary.NEWLINE) && token.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static List<String> preview(TokenizedCorpus tokenized, Vocabulary vocab, TokenLevel level) {
        List<String> out = new ArrayList<>(PREVIEW_TOKENS);
        for (int[] doc : tokenized.train()) {
            for (int id : doc) {
                if (out.size() == PREVIEW_TOKENS) {
                    return out;
                }
                out.add(shown(vocab.token(id), level));
            }
        }
        return out;
    }

    /** Line breaks as {@code <nl>} at both levels; a character-level space as a visible mark. */
    static String shown(String token, TokenLevel level) {
        if (token.equals("\n")) {
            return Vocabulary.NEWLINE;
        }
        return level == TokenLevel.CHAR && token.equals(" ") ? VISIBLE_SPACE : token;
    }

    private static Verdict verdict(TokenizedCorpus tokenized, ModelSpec spec) {
        try {
            CorpusRequirements.check(tokenized, spec);
        } catch (CorpusException e) {
            return new Verdict(Severity.DANGER, e.getMessage());
        }
        return CorpusRequirements.advice(tokenized, spec).map(a -> new Verdict(Severity.WARNING, a))
                .orElseGet(() -> new Verdict(Severity.OK, String.format(Locale.ROOT,
                        "Enough text for this model: %,d %ss (%,d or more give readable results).",
                        tokenized.trainTokens(), spec.level().unitName(), CorpusRequirements.recommendedTokens(spec))));
    }
}
