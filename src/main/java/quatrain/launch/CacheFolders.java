package quatrain.launch;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import quatrain.core.AppDirs;

/**
 * Where libraries unpack files when they must: the app's own cache folder, never a hidden folder of the home
 * directory or a folder shared by all users. JavaCPP (ND4J, OpenBLAS) otherwise unpacks ~400 MB into
 * {@code ~/.javacpp/cache}, JavaFX ~120 MB into {@code ~/.openjfx/cache}, and Vert.x (the training UI) its web
 * assets into {@code /tmp/vertx-cache}, which the first user to run it owns, so the UI fails for everyone else.
 * The installed app ships the native libraries unpacked and loads them in place, so there the first two stay
 * (nearly) empty (installer/README.md). A value given with {@code -D} is never replaced. Must run before ND4J,
 * JavaFX or Vert.x start.
 */
final class CacheFolders {
    static final String JAVACPP = "org.bytedeco.javacpp.cachedir";
    static final String JAVAFX = "javafx.cachedir";
    static final String VERTX = "vertx.cacheDirBase";

    private CacheFolders() {
    }

    /** Points the caches into {@code dirs.cache()} unless set on the command line. */
    static void configure(AppDirs dirs) {
        propertiesFor(dirs, System::getProperty).forEach(System::setProperty);
    }

    /** The system properties to set, given the current ones (separated out for tests). */
    static Map<String, String> propertiesFor(AppDirs dirs, UnaryOperator<String> current) {
        Map<String, String> set = new LinkedHashMap<>();
        if (current.apply(JAVACPP) == null && current.apply("org.bytedeco.javacpp.cacheDir") == null) {
            set.put(JAVACPP, dirs.cache().resolve("javacpp").toString());
        }
        if (current.apply(JAVAFX) == null) {
            set.put(JAVAFX, dirs.cache().resolve("openjfx").toString());
        }
        if (current.apply(VERTX) == null) {
            set.put(VERTX, dirs.cache().resolve("vertx").toString());
        }
        return set;
    }
}
