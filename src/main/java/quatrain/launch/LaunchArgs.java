package quatrain.launch;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What a start means, read from the command-line arguments: none open the desktop app; exactly one that names an
 * existing {@code .quatrain} file opens the app with that model (a double-clicked model file: the desktop entry
 * passes its path as the only argument); anything else is the command line. Only model files route to the app: a
 * text corpus has no file association (claiming every {@code .txt} would be rude), so {@code poems.txt} alone stays
 * a command-line word.
 *
 * @param app   true to open the desktop app, false to run the command line
 * @param model the model file to open in the app, as an absolute path
 */
public record LaunchArgs(boolean app, Optional<Path> model) {
    static final String MODEL_EXTENSION = ".quatrain";
    /**
     * The entry point's class, for the command lines that start it again (a restart, a Spark driver, a benchmark):
     * a name, so that nothing below {@code quatrain.Main} depends on it ({@code MainTest} checks the name).
     */
    public static final String MAIN_CLASS = "quatrain.Main";
    /**
     * System property: when {@code true}, the app prints {@link #FIRST_FRAME_LINE} and the JVM's uptime in
     * milliseconds once its window's first frame is laid out, then quits ({@code quatrain bench --case first-frame}).
     */
    public static final String FIRST_FRAME_PROBE = "quatrain.firstFrameProbe";
    public static final String FIRST_FRAME_LINE = "first-frame-uptime-ms ";

    /**
     * Routes the arguments.
     *
     * @param isFile tells whether a path is an existing regular file ({@code Files::isRegularFile}; a test passes
     *               its own)
     */
    public static LaunchArgs of(List<String> args, Predicate<Path> isFile) {
        if (args.isEmpty()) {
            return new LaunchArgs(true, Optional.empty());
        }
        if (args.size() == 1 && args.get(0).toLowerCase(Locale.ROOT).endsWith(MODEL_EXTENSION)) {
            Optional<Path> file = path(args.get(0)).filter(isFile);
            if (file.isPresent()) {
                return new LaunchArgs(true, Optional.of(file.get().toAbsolutePath()));
            }
        }
        return new LaunchArgs(false, Optional.empty());
    }

    /** The arguments for the desktop app: the model's path, or none. */
    public String[] appArgs() {
        return model.map(p -> new String[] {p.toString()}).orElseGet(() -> new String[0]);
    }

    private static Optional<Path> path(String arg) {
        try {
            return Optional.of(Path.of(arg));
        } catch (RuntimeException e) { // InvalidPathException: not a path on this system, so a command-line word
            return Optional.empty();
        }
    }
}
