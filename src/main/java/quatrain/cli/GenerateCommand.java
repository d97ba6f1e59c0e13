package quatrain.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import quatrain.core.Json;
import quatrain.core.generate.NoveltyReport;
import quatrain.core.generate.Quatrain;
import quatrain.core.generate.TextGenerator;
import quatrain.core.spec.SamplingSpec;
import quatrain.engine.TrainedModel;

/** {@code quatrain generate}: model file → quatrains. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write quatrains with a trained model. Same model + settings + seed = same text.")
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--model", required = true, paramLabel = "FILE", description = "A .quatrain model file.")
    Path model;

    @Option(names = {"-n", "--count"}, paramLabel = "N", defaultValue = "1", description = "How many quatrains (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = {"-t", "--temperature"}, paramLabel = "T", defaultValue = "1.0",
            description = "0 = always the likeliest token; higher = more surprising (default: ${DEFAULT-VALUE}).")
    double temperature;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--top-k", paramLabel = "K", defaultValue = "0", description = "Draw only from the K likeliest tokens (0 = all).")
    int topK;

    @Option(names = "--top-p", paramLabel = "P", defaultValue = "1.0", description = "Draw only from the likeliest tokens holding probability P (1 = all).")
    double topP;

    @Option(names = "--prompt", paramLabel = "TEXT", defaultValue = "", description = "Words the quatrain starts with.")
    String prompt;

    @Option(names = "--max-tokens", paramLabel = "N", defaultValue = "32", description = "Tokens per quatrain at most (default: ${DEFAULT-VALUE}).")
    int maxTokens;

    @Option(names = "--sweep", description = "One quatrain at each of the temperatures 0.2, 0.5, 1.0 and 1.2.")
    boolean sweep;

    @Option(names = "--json", description = "Print the quatrains as JSON.")
    boolean json;

    @Option(names = "--best-of", paramLabel = "N", defaultValue = "0",
            description = {"Write N candidates and print the best -n of them by the judge's score, each with its score"
                    + " (the same seed chooses the same ones). A model file without a judge of its present weights"
                    + " gets one first, at this temperature (see 'quatrain judge')."})
    int bestOf;

    @Option(names = "--exclude-copies",
            description = "With --best-of, pass over candidates the novelty check flags as copying the corpus.")
    boolean excludeCopies;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Prints each quatrain as soon as it is written (a long run shows its first quatrain at once, and a stopped one
     * keeps what it printed); JSON is streamed element by element into the same document.
     */
    @Override
    public Integer call() throws IOException {
        SamplingSpec sampling = new SamplingSpec(temperature, topK, topP, prompt, maxTokens, count, seed);
        if (bestOf > 0) {
            if (sweep || bestOf < count) {
                throw new CommandLine.ParameterException(spec.commandLine(), sweep ? "--best-of and --sweep do not go"
                        + " together." : "--best-of " + bestOf + " writes fewer candidates than the " + count
                        + " quatrains asked for (-n).");
            }
            return new BestOfRun(spec.commandLine(), model, sampling, bestOf, excludeCopies, json).call();
        }
        if (excludeCopies) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--exclude-copies goes with --best-of N.");
        }
        TrainedModel trained = TrainedModel.open(model);
        TextGenerator generator = trained.generator();
        PrintWriter out = spec.commandLine().getOut();
        IntFunction<Quatrain> next = sweep ? i -> generator.sweepOne(sampling, i)
                : i -> generator.generateOne(sampling, i);
        int total = sweep ? TextGenerator.SWEEP_TEMPERATURES.size() : count;
        if (json) {
            writeJson(out, trained, sampling, total, next);
        } else {
            for (int i = 0; i < total; i++) {
                Quatrain q = next.apply(i);
                out.println(q.text());
                out.println(footnote(q));
                out.println();
                out.flush();
            }
        }
        out.flush();
        return 0;
    }

    static String footnote(Quatrain q) {
        NoveltyReport n = q.novelty();
        String novelty = n == null ? "novelty: n/a (corpus not in the model file)"
                : String.format(Locale.ROOT, "longest copied run %d words, %.0f%% of 4-grams in the corpus%s",
                        n.longestCopiedRun(), 100 * n.fourGramShare(), n.flagged() ? " — FLAGGED: copies the corpus" : "");
        return String.format(Locale.ROOT, "  [T=%.2f seed=%d · %s · %.1f ms]", q.temperature(), q.seed(), novelty, q.millis());
    }

    private static void writeJson(PrintWriter out, TrainedModel trained, SamplingSpec sampling, int total,
            IntFunction<Quatrain> next) throws IOException {
        ObjectWriter writer = Json.mapper().writerWithDefaultPrettyPrinter();
        try (JsonGenerator gen = writer.createGenerator(out)) {
            gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            gen.writeStartObject();
            gen.writeStringField("model", trained.file().toString());
            gen.writeStringField("preset", trained.info().model().preset());
            gen.writeFieldName("sampling");
            writer.writeValue(gen, Json.tree(sampling));
            gen.writeArrayFieldStart("quatrains");
            for (int i = 0; i < total; i++) {
                writer.writeValue(gen, Json.tree(next.apply(i)));
                gen.flush();
            }
            gen.writeEndArray();
            gen.writeEndObject();
        }
        out.println();
    }
}
