package quatrain.core;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the app keeps its files, by platform convention: XDG base directories on Linux, %APPDATA% and
 * %LOCALAPPDATA% on Windows, ~/Library on macOS.
 *
 * @param config settings and recent files
 * @param data   models, training runs, the WebView's profile
 * @param cache  native library caches
 * @param state  logs
 */
public record AppDirs(Path config, Path data, Path cache, Path state) {
    static final String APP = "quatrain-studio";

    public static AppDirs forCurrentPlatform() {
        return of(System.getProperty("os.name"), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** Directories for an OS name, environment and home folder (separated out for tests). */
    public static AppDirs of(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            Path roaming = envPath(env, "APPDATA", home.resolve("AppData").resolve("Roaming"));
            Path local = envPath(env, "LOCALAPPDATA", home.resolve("AppData").resolve("Local"));
            Path base = local.resolve("Quatrain Studio");
            return new AppDirs(roaming.resolve("Quatrain Studio"), base.resolve("Data"), base.resolve("Cache"),
                    base.resolve("Logs"));
        }
        if (os.contains("mac")) {
            Path lib = home.resolve("Library");
            return new AppDirs(lib.resolve("Application Support").resolve("Quatrain Studio"),
                    lib.resolve("Application Support").resolve("Quatrain Studio"), lib.resolve("Caches").resolve(APP),
                    lib.resolve("Logs").resolve("Quatrain Studio"));
        }
        return new AppDirs(envPath(env, "XDG_CONFIG_HOME", home.resolve(".config")).resolve(APP),
                envPath(env, "XDG_DATA_HOME", home.resolve(".local").resolve("share")).resolve(APP),
                envPath(env, "XDG_CACHE_HOME", home.resolve(".cache")).resolve(APP),
                envPath(env, "XDG_STATE_HOME", home.resolve(".local").resolve("state")).resolve(APP));
    }

    private static Path envPath(Map<String, String> env, String name, Path fallback) {
        String v = env.get(name);
        return v == null || v.isBlank() || !Path.of(v).isAbsolute() ? fallback : Path.of(v);
    }

    /** Default folder for models trained in the app. */
    public Path models() {
        return data.resolve("models");
    }

    /** Training statistics of every run (for the training UI). */
    public Path runs() {
        return data.resolve("runs");
    }
}
