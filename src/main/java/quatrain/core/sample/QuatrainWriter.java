package quatrain.core.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes one quatrain at a time: an opening, two middle lines and a closing, with now and then a line
 * borrowed from another part so that not every stanza has the same shape.
 */
final class QuatrainWriter {
    static final int MIN_WORDS = 5;
    static final int MAX_WORDS = 11;
    private static final int ATTEMPTS = 50;
    /** How lines 1 to 3 may end; repeats give the weights (mostly commas, as in the genre). */
    private static final List<String> INNER_ENDINGS = List.of(",", ",", ",", ",", ";", ";", ":", "", ".", ",");
    private static final List<String> FINAL_ENDINGS = List.of(".", ".", ".", ".", ".", "!");

    private final Random random;
    private final Slots slots;

    QuatrainWriter(Random random) {
        this.random = random;
        this.slots = new Slots(random);
    }

    /** Four lines joined by '\n', no trailing newline. */
    String next() {
        slots.newScene();
        List<String> used = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        lines.add(line(pool(0), used, INNER_ENDINGS));
        lines.add(line(pool(1), used, INNER_ENDINGS));
        lines.add(line(pool(2), used, INNER_ENDINGS));
        lines.add(line(pool(3), used, FINAL_ENDINGS));
        return String.join("\n", lines);
    }

    private List<String> pool(int lineIndex) {
        int r = random.nextInt(100);
        return switch (lineIndex) {
            case 0 -> r < 80 ? Templates.OPENINGS : Templates.MIDDLES;
            case 3 -> r < 85 ? Templates.CLOSINGS : Templates.MIDDLES;
            default -> r < 90 ? Templates.MIDDLES : Templates.OPENINGS;
        };
    }

    /** A template not yet used in this quatrain, filled until its length is within bounds. */
    private String line(List<String> pool, List<String> used, List<String> endings) {
        String text = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String template = slots.pick(pool);
            if (used.contains(template)) {
                continue;
            }
            String candidate = English.fixArticles(slots.expand(template));
            int words = candidate.split(" ").length;
            if (words >= MIN_WORDS && words <= MAX_WORDS) {
                used.add(template);
                text = candidate;
                break;
            }
        }
        if (text == null) {
            throw new IllegalStateException("the grammar found no line of " + MIN_WORDS + " to " + MAX_WORDS
                    + " words in " + ATTEMPTS + " attempts");
        }
        return English.capitalise(text) + ending(text, endings);
    }

    private String ending(String text, List<String> endings) {
        char last = text.charAt(text.length() - 1);
        return last == '?' || last == '!' ? "" : slots.pick(endings);
    }
}
