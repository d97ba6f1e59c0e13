package quatrain;

import quatrain.app.Launcher;
import quatrain.cli.QuatrainCommand;

/**
 * The one entry point: with no arguments it opens the desktop app, with a command it is the command line.
 * Not a JavaFX {@code Application} itself, so that a class-path launch works without the module system.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            Launcher.main(args);
            return;
        }
        System.exit(QuatrainCommand.execute(args));
    }
}
