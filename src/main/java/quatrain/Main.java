package quatrain;

import quatrain.app.shell.Launcher;
import quatrain.cli.QuatrainCommand;
import quatrain.launch.LaunchArgs;
import quatrain.launch.Startup;

/**
 * The one entry point: with no arguments it opens the desktop app, with one {@code .quatrain} file it opens the
 * app with that model (see {@link LaunchArgs}), with a command it is the command line. Not a JavaFX
 * {@code Application} itself, so that a class-path launch works without the module system. A plain {@code java}
 * start of the app or of a training command is first restarted once with the settings in {@link quatrain.launch.JvmTuning}; the
 * two processes stop together (signals are passed on, and the restarted one ends when its parent dies).
 * {@code spark-train} runs where Spark's classes are ({@link quatrain.launch.SparkLaunch}) and without the process-wide
 * deserialization filter, which Spark cannot work under.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        LaunchArgs launch = Startup.prepare(args); // exits here when a restarted process did the work
        if (launch.app()) {
            Launcher.main(launch.appArgs());
            return;
        }
        System.exit(QuatrainCommand.execute(args));
    }
}
