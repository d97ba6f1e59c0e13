package quatrain.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import quatrain.core.Json;
import quatrain.core.corpus.DocumentFormat;
import quatrain.core.judge.JudgeInfo;
import quatrain.core.judge.JudgeSettings;
import quatrain.engine.TrainedModel;

/** {@code quatrain judge}: trains the model's judge and keeps it in the model file. */
@Command(name = "judge", mixinStandardHelpOptions = true,
        description = {"Train a judge of a model's writing: a small LSTM classifier that learns to tell the corpus's"
                + " documents from quatrains the model writes, measured on texts of both kinds that it never trained"
                + " on (held-out AUC: 1 = always told apart, 0.5 = no better than a coin).",
                "The judge is kept in the model file and used by 'generate --best-of' until the model is trained"
                        + " again. A model file that already holds a judge of these weights at this temperature and"
                        + " seed keeps it, unless --retrain is given."})
final class JudgeCommand implements Callable<Integer> {
    @Option(names = "--model", required = true, paramLabel = "FILE", description = "A .quatrain model file.")
    Path model;

    @Option(names = {"-t", "--temperature"}, paramLabel = "T", defaultValue = "1.0",
            description = "The temperature the model writes its quatrains at (default: ${DEFAULT-VALUE}).")
    double temperature;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "" + JudgeSettings.DEFAULT_SAMPLES,
            description = "Texts of each kind: corpus documents and generated quatrains (default: ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "" + JudgeSettings.DEFAULT_EPOCHS,
            description = "Passes over the training texts (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--retrain", description = "Train a new judge even if the file holds one of these weights.")
    boolean retrain;

    @Option(names = "--corpus", paramLabel = "FILE",
            description = "The text the model was trained on, for a model file that does not hold it (large corpora"
                    + " are not kept in the file).")
    Path corpus;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "AUTO",
            description = "How --corpus is cut into documents: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    DocumentFormat format;

    @Option(names = "--json", description = "Print the judge's figures as JSON.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        JudgeSettings settings = new JudgeSettings(temperature, samples, 0.25, epochs,
                JudgeSettings.DEFAULT_MAX_CHARACTERS, seed);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        TrainedModel trained = TrainedModel.open(model);
        boolean kept = !retrain && JudgeRun.matches(trained, settings);
        if (!kept) {
            trained = JudgeRun.train(trained, settings, JudgeRun.corpus(corpus, format, trained, err), err,
                    "Give it with --corpus FILE.");
        }
        JudgeInfo info = trained.judgeInfo().orElseThrow();
        if (json) {
            out.println(Json.writePretty(info));
        } else {
            if (kept) {
                out.println("The file already holds a judge of this model at this temperature (--retrain trains a new one).");
            }
            out.println(summary(info));
            out.printf(Locale.ROOT, "saved in     %s%n", model);
        }
        out.flush();
        return 0;
    }

    static String summary(JudgeInfo info) {
        return String.format(Locale.ROOT, "judge        held-out AUC %.3f (%,d texts it never trained on, half corpus,"
                + " half generated)%ntrained on   %,d texts, %d epochs, quatrains at T = %.2f, seed %d, in %.0f s%n"
                + "corpus       %s", info.heldOutAuc(), info.heldOutTexts(), info.trainingTexts(), info.epochs(),
                info.temperature(), info.seed(), info.seconds(), info.corpus());
    }
}
