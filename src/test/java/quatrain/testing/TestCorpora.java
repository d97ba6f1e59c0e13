package quatrain.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import quatrain.core.corpus.Corpus;
import quatrain.core.corpus.CorpusLoader;

/** Small, learnable corpora made in the test itself (tests never read the shared benchmark corpora). */
public final class TestCorpora {
    private static final String[] WHO = {"the king", "the queen", "a prince", "the pontiff", "an old man"};
    private static final String[] DOES = {"shall fall", "will rise", "comes back", "is taken", "shall burn"};
    private static final String[] WHERE = {"near the river", "in the north", "at the gate", "under the moon"};
    private static final String[] OMEN = {"fire in the sky", "blood on the stones", "a comet by night", "famine and war"};

    private TestCorpora() {
    }

    /** {@code n} four-line stanzas from a tiny grammar: predictable enough that a network's loss falls fast. */
    public static String stanzas(int n, long seed) {
        Random r = new Random(seed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(pick(r, WHO) + " " + pick(r, DOES) + " " + pick(r, WHERE) + ",\n"
                    + pick(r, OMEN) + " " + pick(r, WHERE) + ";\n"
                    + pick(r, WHO) + " " + pick(r, DOES) + ",\n"
                    + "and " + pick(r, OMEN) + ".");
        }
        return String.join("\n\n", out) + "\n";
    }

    public static Corpus corpus(int n, long seed) {
        return new CorpusLoader().fromText("tiny.txt", stanzas(n, seed));
    }

    private static String pick(Random r, String[] options) {
        return options[r.nextInt(options.length)];
    }
}
