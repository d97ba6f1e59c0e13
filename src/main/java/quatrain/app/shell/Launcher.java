package quatrain.app.shell;

import java.util.Map;
import java.util.Optional;

import javafx.application.Application;

import quatrain.app.settings.SettingsStore;
import quatrain.core.AppDirs;
import quatrain.engine.Backends;

/**
 * Starts the desktop app. A plain class, not an {@code Application}, so that a class-path launch works without
 * the module system; it also applies the preferred device before ND4J loads (see {@link DeviceLaunch}).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        SettingsStore settings = SettingsStore.in(AppDirs.forCurrentPlatform(), Runnable::run);
        Map<String, String> extra = DeviceLaunch.environmentFor(settings.load().device(),
                Backends.cudaBuild(), System.getenv());
        if (!extra.isEmpty()) {
            Optional<Integer> code = DeviceLaunch.relaunch(extra);
            if (code.isPresent()) {
                System.exit(code.get());
            }
        }
        Application.launch(QuatrainApp.class, args);
    }
}
