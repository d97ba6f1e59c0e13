package quatrain.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

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

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        SamplingSpec sampling = new SamplingSpec(temperature, topK, topP, prompt, maxTokens, count, seed);
        TrainedModel trained = TrainedModel.open(model);
        TextGenerator generator = trained.generator();
        List<Quatrain> quatrains = sweep ? generator.sweep(sampling, 0.2, 0.5, 1.0, 1.2) : generator.generate(sampling);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.writePretty(toJson(trained, sampling, quatrains)));
        } else {
            for (Quatrain q : quatrains) {
                out.println(q.text());
                out.println(footnote(q));
                out.println();
            }
        }
        out.flush();
        return 0;
    }

    private static String footnote(Quatrain q) {
        NoveltyReport n = q.novelty();
        String novelty = n == null ? "novelty: n/a (corpus not in the model file)"
                : String.format(Locale.ROOT, "longest copied run %d words, %.0f%% of 4-grams in the corpus%s",
                        n.longestCopiedRun(), 100 * n.fourGramShare(), n.flagged() ? " — FLAGGED: copies the corpus" : "");
        return String.format(Locale.ROOT, "  [T=%.2f seed=%d · %s · %.1f ms]", q.temperature(), q.seed(), novelty, q.millis());
    }

    private ObjectNode toJson(TrainedModel trained, SamplingSpec sampling, List<Quatrain> quatrains) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("model", trained.file().toString());
        root.put("preset", trained.bundle().model().preset());
        root.set("sampling", Json.tree(sampling));
        ArrayNode list = root.putArray("quatrains");
        for (Quatrain q : quatrains) {
            list.add(Json.tree(q));
        }
        return root;
    }
}
