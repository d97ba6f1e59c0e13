package quatrain.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import quatrain.core.Json;
import quatrain.core.spec.Overrides;
import quatrain.core.spec.Preset;
import quatrain.core.spec.Presets;

/** {@code quatrain presets}: the named models and their settings. */
@Command(name = "presets", mixinStandardHelpOptions = true, description = "List the model presets and their settings.")
final class PresetsCommand implements Callable<Integer> {
    @Option(names = "--json", description = "Print every preset with all its settings as JSON.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.writePretty(Presets.all()));
        } else {
            for (Preset p : Presets.all()) {
                out.printf("%-14s %s%n", p.name(), p.description());
            }
            out.println();
            out.println("Model settings:    " + String.join(", ", Overrides.keys(Presets.all().get(0).model())));
            out.println("Training settings: " + String.join(", ", Overrides.keys(Presets.all().get(0).training())));
            out.println("Spark settings:    " + String.join(", ", Overrides.keys(Presets.all().get(0).spark()))
                    + " (spark-train)");
            out.println("Change any with: quatrain train --preset NAME --set KEY=VALUE");
        }
        out.flush();
        return 0;
    }
}
