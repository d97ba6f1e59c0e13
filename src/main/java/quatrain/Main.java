package quatrain;

import java.nio.file.Files;
import java.util.List;

import quatrain.app.Launcher;
import quatrain.cli.QuatrainCommand;
import quatrain.core.AppDirs;

/**
 * The one entry point: with no arguments it opens the desktop app, with one {@code .quatrain} file it opens the
 * app with that model (see {@link LaunchArgs}), with a command it is the command line. Not a JavaFX
 * {@code Application} itself, so that a class-path launch works without the module system.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        CacheFolders.configure(AppDirs.forCurrentPlatform());
        LaunchArgs launch = LaunchArgs.of(List.of(args), Files::isRegularFile);
        if (launch.app()) {
            Launcher.main(launch.appArgs());
            return;
        }
        System.exit(QuatrainCommand.execute(args));
    }
}
