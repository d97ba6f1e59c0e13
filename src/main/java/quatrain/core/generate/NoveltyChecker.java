package quatrain.core.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import quatrain.core.text.Vocabulary;
import quatrain.core.text.WordTokenizer;

/**
 * Tells how much of a generated quatrain is copied verbatim from the corpus, on word-level tokens
 * (case-insensitive, punctuation included, line breaks ignored), so it serves word and character models
 * alike. Runs never cross from one corpus document into the next. Built once per corpus; thread-safe.
 */
public final class NoveltyChecker {
    /** Copied runs of this many tokens or more flag their lines. */
    public static final int DEFAULT_THRESHOLD = 6;
    /** Shortest run reported as a span. */
    public static final int MIN_SPAN = CorpusIndex.GRAM;

    private final CorpusIndex index;

    private NoveltyChecker(CorpusIndex index) {
        this.index = index;
    }

    /** Indexes the corpus documents (raw text, as in the corpus). */
    public static NoveltyChecker of(List<String> documents) {
        return new NoveltyChecker(CorpusIndex.of(documents));
    }

    /** Tokens in the index. */
    public int corpusTokens() {
        return index.tokenCount();
    }

    public NoveltyReport check(String quatrainText) {
        return check(quatrainText, DEFAULT_THRESHOLD);
    }

    /** @param threshold copied run length (tokens) from which a line is flagged */
    public NoveltyReport check(String quatrainText, int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be at least 1");
        }
        Tokens tokens = tokenize(quatrainText);
        int[] runs = new int[tokens.size()];
        for (int i = 0; i < runs.length; i++) {
            runs[i] = index.longestMatch(tokens.ids, i);
        }
        int longest = 0;
        for (int i = 1; i < runs.length; i++) {
            longest = runs[i] > runs[longest] ? i : longest;
        }
        String longestText = runs.length == 0 || runs[longest] == 0 ? ""
                : quatrainText.substring(tokens.starts[longest], tokens.ends[longest + runs[longest] - 1]);
        return new NoveltyReport(runs.length == 0 ? 0 : runs[longest], longestText, fourGramShare(runs),
                spans(runs, tokens), flaggedLines(runs, tokens, quatrainText, threshold));
    }

    private static double fourGramShare(int[] runs) {
        int grams = runs.length - CorpusIndex.GRAM + 1;
        if (grams <= 0) {
            return 0;
        }
        int copied = 0;
        for (int i = 0; i < grams; i++) {
            copied += runs[i] >= CorpusIndex.GRAM ? 1 : 0;
        }
        return copied / (double) grams;
    }

    private static List<NoveltyReport.Span> spans(int[] runs, Tokens tokens) {
        List<NoveltyReport.Span> spans = new ArrayList<>();
        int coveredTo = 0; // token index the last span reaches (exclusive)
        for (int i = 0; i < runs.length; i++) {
            int end = i + runs[i];
            if (runs[i] < MIN_SPAN || end <= coveredTo) {
                continue;
            }
            int charEnd = tokens.ends[end - 1];
            if (i < coveredTo) {
                NoveltyReport.Span last = spans.remove(spans.size() - 1);
                spans.add(new NoveltyReport.Span(last.start(), charEnd));
            } else {
                spans.add(new NoveltyReport.Span(tokens.starts[i], charEnd));
            }
            coveredTo = end;
        }
        return spans;
    }

    private static List<Boolean> flaggedLines(int[] runs, Tokens tokens, String text, int threshold) {
        Boolean[] flags = new Boolean[text.isEmpty() ? 0 : (int) text.chars().filter(c -> c == '\n').count() + 1];
        Arrays.fill(flags, Boolean.FALSE);
        for (int i = 0; i < runs.length; i++) {
            if (runs[i] >= threshold) {
                for (int line = tokens.lines[i]; line <= tokens.lines[i + runs[i] - 1]; line++) {
                    flags[line] = Boolean.TRUE;
                }
            }
        }
        return Arrays.asList(flags);
    }

    /**
     * Tokenises like the corpus but keeps case, so that every token is a substring of the text and its
     * offsets can be found; the lower-cased token is then looked up.
     */
    private Tokens tokenize(String text) {
        List<String> raw = new WordTokenizer(false).tokenize(text);
        raw.removeIf(Vocabulary.NEWLINE::equals);
        Tokens tokens = new Tokens(new int[raw.size()], new int[raw.size()], new int[raw.size()],
                new int[raw.size()]);
        int cursor = 0;
        int line = 0;
        for (int i = 0; i < raw.size(); i++) {
            String token = raw.get(i);
            int start = text.indexOf(token, cursor);
            for (int c = cursor; c < start; c++) {
                line += text.charAt(c) == '\n' ? 1 : 0;
            }
            tokens.ids[i] = index.id(token.toLowerCase(Locale.ROOT));
            tokens.starts[i] = start;
            tokens.ends[i] = start + token.length();
            tokens.lines[i] = line;
            cursor = tokens.ends[i];
        }
        return tokens;
    }

    /** The quatrain's word tokens: ids in the index, character offsets and line numbers. */
    private record Tokens(int[] ids, int[] starts, int[] ends, int[] lines) {
        int size() {
            return ids.length;
        }
    }
}
