package quatrain.app.shell;

import java.util.List;

/** What Help ▸ About shows: versions of the app and what it runs on. */
public final class AboutInfo {
    /** The Deeplearning4j release the engine is built against (see pom.xml). */
    public static final String DL4J_VERSION = "1.0.0-M2.1";

    private AboutInfo() {
    }

    public static String appVersion() {
        String v = AboutInfo.class.getPackage().getImplementationVersion();
        return v != null ? v : "development build";
    }

    /** One line per fact; {@code device} is the status bar's device text. */
    public static List<String> lines(String device) {
        return List.of("Version " + appVersion(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                "JavaFX " + System.getProperty("javafx.runtime.version", "unknown"),
                "Deeplearning4j " + DL4J_VERSION,
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                        + System.getProperty("os.arch") + ")",
                "Device: " + device);
    }
}
