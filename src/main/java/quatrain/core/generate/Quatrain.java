package quatrain.core.generate;

import java.util.List;

/**
 * One generated quatrain and how to get it again.
 *
 * @param index       its number in the batch; with {@code seed} it fixes the random stream
 * @param text        the formatted lines joined by {@code "\n"}
 * @param lines       the formatted lines
 * @param tokens      the raw tokens, prompt included, {@code </s>} and the final line break excluded
 * @param temperature the temperature it was drawn at
 * @param seed        the sampling seed of the batch (the stream of quatrain i is seeded from seed and i)
 * @param novelty     how much was copied from the corpus; null when no corpus was given
 * @param millis      time spent sampling and formatting, in milliseconds
 */
public record Quatrain(int index, String text, List<String> lines, List<String> tokens, double temperature,
        long seed, NoveltyReport novelty, double millis) {

    public Quatrain {
        lines = List.copyOf(lines);
        tokens = List.copyOf(tokens);
    }
}
