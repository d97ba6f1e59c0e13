import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Writes the app's class-data sharing archive (CDS, JDK 17's dynamic archive): starts the app once up to its first
 * frame with {@code -XX:ArchiveClassesAtExit}, so that every class it loaded on the way, parsed and verified, is
 * mapped from the archive at later starts instead of read from the jars. {@code mvn package} runs it after the jar
 * and target/lib are built (pom.xml); {@code quatrain.launch.SharedArchive} has the JVM use the archive at a
 * {@code java -jar} start. A single-file program like Packager.java.
 *
 * <p>The app needs a display for its window: a private Xvfb when Xvfb is installed (nothing shows), else the
 * session's {@code $DISPLAY} (the window flashes up once). Without either it says so and writes nothing; the app
 * then starts as before, about half a second later. It never fails the build.
 *
 * <p>Arguments: {@code jar=PATH} (the app's jar; the archive is written beside it as NAME.jsa, and the list of the
 * classes loaded as NAME.classlist, which Packager.java builds the installed runtime's archive from). Both are left
 * alone when the archive is newer than the jar and every jar in lib/.
 */
public final class ClassDataArchive {
    private static final long PROBE_SECONDS = 120;

    private ClassDataArchive() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            a.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        Path jar = Path.of(a.get("jar")).toRealPath();
        String name = jar.getFileName().toString();
        String stem = name.substring(0, name.length() - ".jar".length());
        Path archive = jar.resolveSibling(stem + ".jsa");
        Path classList = jar.resolveSibling(stem + ".classlist");
        if (upToDate(archive, jar) && Files.isRegularFile(classList)) {
            say("class-data archive " + archive + " is up to date");
            return;
        }
        Files.deleteIfExists(archive); // a stale one would only be refused at every start
        Files.deleteIfExists(classList);
        Optional<Process> xvfb = Optional.empty();
        String display = System.getenv("DISPLAY");
        Path scratch = Files.createTempDirectory("quatrain-cds");
        try {
            Optional<Path> xvfbBinary = onPath("Xvfb");
            if (xvfbBinary.isPresent()) {
                Path displayFile = scratch.resolve("display");
                Process x = new ProcessBuilder(xvfbBinary.get().toString(), "-displayfd", "1", "-nolisten", "tcp",
                        "-screen", "0", "1366x800x24").redirectOutput(displayFile.toFile())
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                xvfb = Optional.of(x);
                display = ":" + waitForDisplay(x, displayFile);
            } else if (display == null || display.isBlank()) {
                say("no display and no Xvfb: no class-data archive (the app starts ~0.5 s slower; "
                        + "apt-get install xvfb and package again to have one)");
                return;
            }
            Path written = scratch.resolve("app.jsa");
            Path listed = scratch.resolve("app.classlist");
            if (probe(jar, written, listed, display, scratch)) {
                Files.move(listed, classList, StandardCopyOption.REPLACE_EXISTING);
                Files.move(written, archive, StandardCopyOption.REPLACE_EXISTING);
                say("class-data archive " + archive + " (" + Files.size(archive) / 1_000_000 + " MB)");
            }
        } finally {
            xvfb.ifPresent(ClassDataArchive::stop);
            deleteTree(scratch);
        }
    }

    /**
     * Starts the app to its first frame with the archive written at its exit and the list of the classes it loaded
     * (for the installer's runtime, Packager.java); true when both were written.
     */
    private static boolean probe(Path jar, Path written, Path listed, String display, Path scratch)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path home = Files.createDirectories(scratch.resolve("home"));
        // The options a restarted start has (quatrain.launch.JvmTuning), so that nothing but the archive differs.
        ProcessBuilder builder = new ProcessBuilder(java, "--add-modules=jdk.incubator.vector",
                "-XX:ArchiveClassesAtExit=" + written, "-XX:DumpLoadedClassList=" + listed,
                "-Dquatrain.firstFrameProbe=true", "-Duser.home=" + home,
                "-jar", jar.toString()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("DISPLAY", display);
        env.put("QUATRAIN_JVM_TUNED", "1");
        env.put("OMP_WAIT_POLICY", "PASSIVE");
        for (String xdg : List.of("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")) {
            env.put(xdg, home.resolve(xdg.toLowerCase()).toString()); // a first start, not the builder's settings
        }
        Process app = builder.start();
        String output = new String(app.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!app.waitFor(PROBE_SECONDS, TimeUnit.SECONDS)) {
            app.destroyForcibly();
        }
        if (app.exitValue() == 0 && output.contains("first-frame-uptime-ms") && Files.isRegularFile(written)
                && Files.isRegularFile(listed)) {
            return true;
        }
        say("the app did not reach its first frame (exit " + app.exitValue() + "): no class-data archive\n"
                + output.lines().limit(20).reduce("", (x, y) -> x + "  " + y + "\n"));
        return false;
    }

    private static boolean upToDate(Path archive, Path jar) throws IOException {
        if (!Files.isRegularFile(archive)) {
            return false;
        }
        FileTime made = Files.getLastModifiedTime(archive);
        List<Path> inputs = new ArrayList<>(List.of(jar));
        Path lib = jar.resolveSibling("lib");
        if (Files.isDirectory(lib)) {
            try (Stream<Path> jars = Files.list(lib)) {
                jars.forEach(inputs::add);
            }
        }
        for (Path p : inputs) {
            if (Files.getLastModifiedTime(p).compareTo(made) > 0) {
                return false;
            }
        }
        return true;
    }

    /** Xvfb writes the display number it chose, then a newline, to the descriptor given (-displayfd). */
    private static String waitForDisplay(Process xvfb, Path displayFile) throws IOException, InterruptedException {
        for (int i = 0; i < 200; i++) {
            String s = Files.readString(displayFile).trim();
            if (!s.isEmpty() && Files.readString(displayFile).endsWith("\n")) {
                return s;
            }
            if (!xvfb.isAlive()) {
                throw new IOException("Xvfb exited with " + xvfb.exitValue());
            }
            Thread.sleep(50);
        }
        throw new IOException("Xvfb gave no display number within 10 s");
    }

    private static void stop(Process p) {
        p.destroy();
        try {
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
        }
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void say(String line) {
        System.out.println("[cds] " + line);
    }
}
