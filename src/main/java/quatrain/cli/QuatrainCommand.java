package quatrain.cli;

import java.io.PrintWriter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import quatrain.core.QuatrainException;

/** The top-level {@code quatrain} command: dispatches to the sub-commands. */
@Command(name = "quatrain", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Train a neural text generator on a text of your own and read what it writes.",
        subcommands = {TrainCommand.class, SparkTrainCommand.class, GenerateCommand.class, JudgeCommand.class, EvaluateCommand.class, InfoCommand.class,
                PresetsCommand.class, UiCommand.class, BenchCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Run without a command to open the desktop app.",
                "Exit codes: 0 success, 1 failure, 2 wrong usage."})
public final class QuatrainCommand implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(QuatrainCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()));
    }

    /** Builds the configured command line (exit codes, error reporting). */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new QuatrainCommand());
        cli.setExecutionExceptionHandler(QuatrainCommand::handleFailure);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }

    /** Runs the command line and returns its exit code. */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    private static int handleFailure(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (e instanceof QuatrainException) {
            LOG.debug("Command failed", e);
            err.println("error: " + e.getMessage());
        } else {
            LOG.error("Unexpected failure", e);
            err.println("error: unexpected failure: " + e + " (details in the log; run with -Dquatrain.log.level=DEBUG)");
        }
        err.flush();
        return 1;
    }
}
