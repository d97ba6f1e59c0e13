package quatrain.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The class-data sharing archive beside the app's jar ({@code quatrain-studio.jsa} next to
 * {@code quatrain-studio.jar}), written at package time by {@code installer/ClassDataArchive.java}: the classes the
 * app loads up to its first frame, already parsed and verified, mapped instead of read from the jars (the first
 * frame comes sooner: docs/BENCHMARKS.md, "Time to the app's first frame"). Only a {@code java -jar} start can use
 * it, and only when the JVM is told so, which {@link JvmTuning}'s restart does.
 *
 * <p>Java 17 accepts a dynamic archive only for the class path it was written with, spelled the same way and with
 * the same file times; the restart therefore names the jar by its real path, as the archive was written, and turns
 * the JVM's class-data messages off: an archive that no longer fits (a jar rebuilt without it) costs the speed, not a
 * warning on every start.
 *
 * @param jar     the app's jar, as a real path
 * @param archive the archive beside it
 */
record SharedArchive(Path jar, Path archive) {
    static final String EXTENSION = ".jsa";

    /** The archive for the jar that {@code jvmArguments} start with {@code -jar}, if it is there and not older. */
    static Optional<SharedArchive> forArguments(List<String> jvmArguments) {
        int at = jvmArguments.indexOf("-jar");
        if (at < 0 || at + 1 >= jvmArguments.size()) {
            return Optional.empty();
        }
        try {
            Path jar = Path.of(jvmArguments.get(at + 1)).toRealPath();
            Path archive = besideJar(jar);
            if (Files.isRegularFile(archive)
                    && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) >= 0) {
                return Optional.of(new SharedArchive(jar, archive));
            }
        } catch (IOException | RuntimeException e) { // no such jar, or not a path here: no archive
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Where the archive of {@code jar} goes: same folder, same name, {@value #EXTENSION}. */
    static Path besideJar(Path jar) {
        String name = jar.getFileName().toString();
        String stem = name.endsWith(".jar") ? name.substring(0, name.length() - 4) : name;
        return jar.resolveSibling(stem + EXTENSION);
    }

    /** The JVM options that use it. */
    List<String> options() {
        return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }

    /** {@code jvmArguments} with the jar after {@code -jar} named by its real path, as the archive knows it. */
    List<String> withJarAsArchived(List<String> jvmArguments) {
        List<String> out = new ArrayList<>(jvmArguments);
        out.set(out.indexOf("-jar") + 1, jar.toString());
        return List.copyOf(out);
    }
}
