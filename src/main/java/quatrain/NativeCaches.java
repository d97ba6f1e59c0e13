package quatrain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import quatrain.core.AppDirs;

/**
 * Where native libraries are unpacked when they must be: the app's own cache folder, never a hidden folder of the
 * home directory. JavaCPP (ND4J, OpenBLAS) otherwise unpacks ~400 MB into {@code ~/.javacpp/cache} and JavaFX
 * ~120 MB into {@code ~/.openjfx/cache}. The installed app ships them unpacked and loads them in place, so there
 * these folders stay (nearly) empty (installer/README.md). A value given with {@code -D} is never replaced. Must
 * run before ND4J or JavaFX load anything.
 */
final class NativeCaches {
    static final String JAVACPP = "org.bytedeco.javacpp.cachedir";
    static final String JAVAFX = "javafx.cachedir";

    private NativeCaches() {
    }

    /** Points both caches into {@code dirs.cache()} unless set on the command line. */
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
        return set;
    }
}
