package quatrain.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongPredicate;
import java.util.stream.Stream;

import quatrain.core.AppDirs;

/**
 * A temporary folder of this process's own, {@code <cache>/tmp/<pid>}, made {@code java.io.tmpdir}. Libraries write
 * there without asking: MapDB's LZ4 unpacks {@code liblz4-java*.so} (deleted only at a clean exit), DL4J's training
 * UI makes an upload folder. A process that is killed cannot clean up, so each start removes the folders of
 * processes that are no longer running, and a clean exit removes its own: nothing piles up in the shared
 * {@code /tmp}. A folder given with {@code -Djava.io.tmpdir} is kept. Must run before anything creates a temporary
 * file (the JDK reads the property once).
 */
final class ProcessTemp {
    static final String TMPDIR = "java.io.tmpdir";

    private ProcessTemp() {
    }

    /** Moves {@code java.io.tmpdir} into the cache unless it was given; removes what dead processes left. */
    static void configure(AppDirs dirs) {
        if (givenByUser(ProcessHandle.current().info().arguments().map(List::of).orElse(List.of()),
                System.getenv("JDK_JAVA_OPTIONS"), System.getenv("JAVA_TOOL_OPTIONS"))) {
            return;
        }
        Path root = dirs.cache().resolve("tmp");
        long pid = ProcessHandle.current().pid();
        removeLeftovers(root, other -> other == pid || ProcessHandle.of(other).map(ProcessHandle::isAlive).orElse(false));
        Path mine = root.resolve(Long.toString(pid));
        try {
            Files.createDirectories(mine);
        } catch (IOException e) {
            return; // the default stays: better a file in /tmp than no temporary files at all
        }
        System.setProperty(TMPDIR, mine.toString());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(mine), "quatrain-temp-cleanup"));
    }

    static boolean givenByUser(List<String> arguments, String... optionVariables) {
        if (arguments.stream().anyMatch(a -> a.startsWith("-D" + TMPDIR + "="))) {
            return true;
        }
        for (String v : optionVariables) {
            if (v != null && v.contains("-D" + TMPDIR + "=")) {
                return true;
            }
        }
        return false;
    }

    /** Deletes every {@code <pid>} folder under {@code root} whose process is not {@code alive}. */
    static void removeLeftovers(Path root, LongPredicate alive) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> folders = Files.list(root)) {
            folders.filter(f -> f.getFileName().toString().matches("\\d{1,19}"))
                    .filter(f -> !alive.test(Long.parseLong(f.getFileName().toString())))
                    .forEach(ProcessTemp::delete);
        } catch (IOException | RuntimeException e) {
            // a folder we cannot list or parse is left alone: this is housekeeping, never a reason to fail a start
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // best effort, see removeLeftovers
        }
    }
}
