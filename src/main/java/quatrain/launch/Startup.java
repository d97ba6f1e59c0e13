package quatrain.launch;

import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

import quatrain.core.AppDirs;
import quatrain.core.SerialFilter;

/**
 * What every start does before the app or the command line runs: the process-wide deserialization filter (kept off
 * where Spark runs), the watch on a restarting parent, the restart itself when this JVM lacks its tuning
 * ({@link JvmTuning}) or Spark's classes ({@link SparkLaunch}), and the temporary and cache folders.
 */
public final class Startup {
    private Startup() {
    }

    /**
     * Prepares this process for {@code args} and says what they mean. When the work ran in a restarted process
     * instead, this process exits here with that process's status.
     */
    public static LaunchArgs prepare(String[] args) {
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
        return launch;
    }
}
