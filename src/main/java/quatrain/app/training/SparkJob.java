package quatrain.app.training;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import quatrain.app.config.SpecForm;
import quatrain.app.service.DriverCommand;
import quatrain.app.settings.SparkSettings;
import quatrain.app.spark.MasterUrl;
import quatrain.app.spark.SparkCheck;
import quatrain.app.spark.SparkLauncher;
import quatrain.app.spark.SparkProperties;
import quatrain.core.Json;
import quatrain.core.QuatrainException;
import quatrain.core.corpus.Corpus;
import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.TrainingSpec;

/**
 * A run of the chosen model on a Spark cluster: {@code quatrain spark-train --master URL --corpus FILE --preset NAME
 * --set k=v… --out FILE --runs DIR --json}, started through the {@link SparkLauncher}. Every setting of both specs
 * goes as {@code --set}, so the driver trains exactly what the model pane shows (settings added to the specs later
 * included), and so do the averaging settings; the executor settings go as Spark properties. Before the start it checks again that the driver can
 * start (the cluster may have gone since the pane looked), and writes a corpus that has no file of its own.
 *
 * @param launcher      starts drivers
 * @param spark         the master and executor settings
 * @param corpus        the text
 * @param corpusFile    its file, or null to write one into {@code corpusFolder}
 * @param model         the model settings
 * @param training      the training settings
 * @param output        the model file the run writes
 * @param runs          where the run records its statistics for the training UI (the app's runs folder)
 * @param corpusFolder  where a corpus without a file is written
 */
public record SparkJob(SparkLauncher launcher, SparkSettings spark, Corpus corpus, Path corpusFile, ModelSpec model,
        TrainingSpec training, Path output, Path runs, Path corpusFolder) implements DriverCommand {

    @Override
    public List<String> prepare() {
        MasterUrl master = MasterUrl.parse(spark.masterUrl());
        new SparkCheck(launcher).problem(master).ifPresent(why -> {
            throw new QuatrainException(why);
        });
        Path file = corpusFile != null ? corpusFile : CorpusFiles.write(corpus, corpusFolder);
        return launcher.command(arguments(file), SparkProperties.of(spark, master));
    }

    @Override
    public Map<String, String> environment() {
        return launcher.environment();
    }

    /** The arguments for {@code quatrain.Main}, with the corpus read from {@code file}. */
    public List<String> arguments(Path file) {
        List<String> args = new ArrayList<>(List.of("spark-train", "--master", spark.masterUrl(),
                "--corpus", file.toAbsolutePath().toString(), "--preset", model.preset()));
        settings(Json.tree(model), args);
        settings(Json.tree(training), args);
        settings(Json.tree(spark.averaging()), args);
        args.addAll(List.of("--out", output.toAbsolutePath().toString(), "--runs", runs.toAbsolutePath().toString(),
                "--json"));
        return args;
    }

    /** {@code --set key=value} for every component; the preset's name goes as {@code --preset}. */
    private static void settings(JsonNode spec, List<String> args) {
        for (Iterator<Map.Entry<String, JsonNode>> it = spec.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().equals("preset")) {
                args.add("--set");
                args.add(e.getKey() + "=" + SpecForm.text(e.getValue()));
            }
        }
    }
}
