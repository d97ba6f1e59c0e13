package quatrain.engine.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import quatrain.core.corpus.CorpusException;
import quatrain.engine.data.Shuffle;
import quatrain.engine.data.WindowSet;

/**
 * The PyTorch peer's data recipe (docs/bench/peer, {@code Peer.words} and {@code Peer.chars}), rebuilt here so
 * that a speed comparison trains the same shapes on the same windows: word windows from Keras-style
 * tokenisation (filter characters to spaces, lines shuffled, ids by frequency, 0 as the line marker, 95% of
 * the shuffled windows for training); character windows over the first 600,000 lower-cased characters, 40
 * long, every third position.
 */
public final class PeerRecipe {
    static final String FILTERS = "\"#$%&()*+/:<=>@[\\]^_`{|}~\t\r\n";

    /** Training windows and the vocabulary size they index. */
    public record Data(WindowSet train, int vocabularySize, String description) {
    }

    private PeerRecipe() {
    }

    public static Data words(Path corpus, int window, long seed) {
        List<String> lines = new ArrayList<>();
        for (String l : read(corpus).split("\n")) {
            if (!l.isBlank()) {
                lines.add(l);
            }
        }
        Random rnd = new Random(seed);
        Collections.shuffle(lines, rnd);
        Map<String, Integer> counts = new HashMap<>();
        List<List<String>> tokens = new ArrayList<>();
        for (String l : lines) {
            List<String> t = tokenize(l);
            tokens.add(t);
            t.forEach(w -> counts.merge(w, 1, Integer::sum));
        }
        List<String> byFreq = new ArrayList<>(counts.keySet());
        byFreq.sort(Comparator.<String>comparingInt(counts::get).reversed().thenComparing(Comparator.naturalOrder()));
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < byFreq.size(); i++) {
            index.put(byFreq.get(i), i + 1);
        }
        List<Integer> stream = new ArrayList<>();
        List<Integer> targets = new ArrayList<>();
        for (List<String> t : tokens) {
            int start = stream.size();
            stream.add(0);
            t.forEach(w -> stream.add(index.get(w)));
            stream.add(0);
            for (int s = 0; s + window < t.size() + 2; s++) {
                targets.add(start + s + window);
            }
        }
        int[] order = Shuffle.permutation(targets.size(), seed);
        int train = (int) (0.95 * targets.size());
        int[] positions = new int[train];
        for (int i = 0; i < train; i++) {
            positions[i] = targets.get(order[i]);
        }
        WindowSet set = WindowSet.fromPositions(stream.stream().mapToInt(Integer::intValue).toArray(), positions, window);
        return new Data(set, byFreq.size() + 1, "peer word recipe: " + lines.size() + " lines");
    }

    public static Data chars(Path corpus, int limit, int window, int step) {
        String s = read(corpus).toLowerCase(Locale.ROOT);
        if (s.length() > limit) {
            s = s.substring(0, limit);
        }
        TreeSet<Character> set = new TreeSet<>();
        for (char c : s.toCharArray()) {
            set.add(c);
        }
        Map<Character, Integer> ix = new HashMap<>();
        for (char c : set) {
            ix.put(c, ix.size());
        }
        int[] text = new int[s.length()];
        for (int i = 0; i < text.length; i++) {
            text[i] = ix.get(s.charAt(i));
        }
        List<Integer> targets = new ArrayList<>();
        for (int st = 0; st < s.length() - window; st += step) {
            targets.add(st + window);
        }
        return new Data(WindowSet.fromPositions(text, targets.stream().mapToInt(Integer::intValue).toArray(), window),
                set.size(), "peer char recipe: first " + s.length() + " characters");
    }

    static List<String> tokenize(String line) {
        StringBuilder sb = new StringBuilder(line.length());
        for (char c : line.toLowerCase(Locale.ROOT).toCharArray()) {
            sb.append(FILTERS.indexOf(c) >= 0 ? ' ' : c);
        }
        List<String> out = new ArrayList<>();
        for (String t : sb.toString().trim().split("\\s+")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static String read(Path corpus) {
        try {
            return Files.readString(corpus, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CorpusException("Cannot read \"" + corpus + "\": " + e.getMessage(), e);
        }
    }
}
