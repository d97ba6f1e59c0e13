package quatrain;

import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

import quatrain.app.Launcher;
import quatrain.cli.QuatrainCommand;
import quatrain.core.AppDirs;
import quatrain.core.SerialFilter;

/**
 * The one entry point: with no arguments it opens the desktop app, with one {@code .quatrain} file it opens the
 * app with that model (see {@link LaunchArgs}), with a command it is the command line. Not a JavaFX
 * {@code Application} itself, so that a class-path launch works without the module system. A plain {@code java}
 * start of the app or of a training command is first restarted once with the settings in {@link JvmTuning}; the
 * two processes stop together (signals are passed on, and the restarted one ends when its parent dies).
 * {@code spark-train} runs where Spark's classes are ({@link SparkLaunch}) and without the process-wide
 * deserialization filter, which Spark cannot work under.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        boolean spark = SparkLaunch.runsSpark(args);
        if (spark) {
            SerialFilter.keepOff(); // Spark deserializes its tasks and their results: see SerialFilter.keepOff
        } else {
            SerialFilter.install();
        }
        ParentWatch.startIfRelaunched(System.getenv());
        LaunchArgs launch = LaunchArgs.of(List.of(args), Files::isRegularFile);
        if (spark) {
            Optional<Integer> elsewhere = SparkLaunch.elsewhereIfNeeded(args);
            if (elsewhere.isPresent()) {
                System.exit(elsewhere.get());
            }
        } else if (JvmTuning.trains(launch.app(), args)) {
            Optional<Integer> tuned = JvmTuning.planForThisProcess().flatMap(JvmTuning.Relaunch::run);
            if (tuned.isPresent()) {
                System.exit(tuned.get());
            }
        }
        AppDirs dirs = AppDirs.forCurrentPlatform();
        ProcessTemp.configure(dirs);
        CacheFolders.configure(dirs);
        if (launch.app()) {
            Launcher.main(launch.appArgs());
            return;
        }
        System.exit(QuatrainCommand.execute(args));
    }
}
