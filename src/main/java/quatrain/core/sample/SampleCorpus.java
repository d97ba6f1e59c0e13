package quatrain.core.sample;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import quatrain.core.corpus.Corpus;
import quatrain.core.corpus.CorpusLoader;

/**
 * The built-in sample corpus: original prophecy-style quatrains from a seeded grammar, so that the app can
 * train something before the user brings a text. The shipped file is {@code generate(SEED, QUATRAINS)};
 * run {@link #main} to write it again after changing the grammar.
 */
public final class SampleCorpus {
    public static final String DISPLAY_NAME = "Built-in sample (prophecies)";
    public static final String RESOURCE = "/quatrain/assets/sample/prophecies.txt";
    public static final int QUATRAINS = 1200;
    public static final long SEED = 1555L;
    static final Path DEFAULT_OUTPUT = Path.of("assets", "sample", "prophecies.txt");

    private SampleCorpus() {
    }

    /**
     * Generates {@code quatrains} stanzas of four lines, separated by one blank line and ending with a
     * newline. {@link Random} is used because its sequence is fixed by its specification, so every JVM
     * writes the same text.
     */
    public static String generate(long seed, int quatrains) {
        if (quatrains < 1) {
            throw new IllegalArgumentException("quatrains must be positive");
        }
        QuatrainWriter writer = new QuatrainWriter(new Random(seed));
        Set<String> seen = new HashSet<>();
        StringBuilder text = new StringBuilder();
        while (seen.size() < quatrains) {
            String quatrain = writer.next();
            // The set only answers "seen before?"; the order of the text is the order of generation.
            if (seen.add(quatrain)) {
                if (!text.isEmpty()) {
                    text.append("\n\n");
                }
                text.append(quatrain);
            }
        }
        return text.append('\n').toString();
    }

    /** The shipped text from the class path. */
    public static String text() {
        try (InputStream in = SampleCorpus.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the sample corpus " + RESOURCE + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the sample corpus " + RESOURCE, e);
        }
    }

    /** The shipped text as a corpus of stanzas. */
    public static Corpus corpus() {
        return new CorpusLoader().fromText(DISPLAY_NAME, text());
    }

    /** Regenerates the asset: {@code java -cp ... quatrain.core.sample.SampleCorpus [output-path]}. */
    public static void main(String[] args) throws IOException {
        Path out = args.length > 0 ? Path.of(args[0]) : DEFAULT_OUTPUT;
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        String text = generate(SEED, QUATRAINS);
        Files.writeString(out, text, StandardCharsets.UTF_8);
        System.out.println("Wrote " + QUATRAINS + " quatrains (" + text.length() + " characters) to " + out);
    }
}
