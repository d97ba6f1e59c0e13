package quatrain.testing;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A folder nobody may write to, for as long as the test holds it: its write permissions removed, and for root
 * (whom permissions do not stop; CI runs as root) the immutable attribute set with {@code chattr +i}, which stops
 * root too. Put back on close, so the temporary folder can be deleted. Where neither works (a file system
 * without the attribute) the test is skipped, saying why.
 */
public final class ReadOnlyFolder implements AutoCloseable {
    private final Path folder;
    private final Set<PosixFilePermission> permissions;
    private boolean immutable;

    private ReadOnlyFolder(Path folder) throws IOException {
        this.folder = folder;
        this.permissions = Files.getPosixFilePermissions(folder);
    }

    public static ReadOnlyFolder of(Path folder) throws IOException, InterruptedException {
        ReadOnlyFolder f = new ReadOnlyFolder(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        if (Files.isWritable(folder)) {
            f.immutable = chattr("+i", folder);
        }
        if (Files.isWritable(folder)) {
            f.close();
            assumeFalse(true, "cannot make " + folder + " read-only here (root, and chattr +i did not take)");
        }
        return f;
    }

    @Override
    public void close() throws IOException {
        if (immutable) {
            try {
                chattr("-i", folder);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Files.setPosixFilePermissions(folder, permissions);
    }

    private static boolean chattr(String change, Path folder) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("chattr", change, folder.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException noChattr) {
            return false;
        }
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return false;
        }
        return p.exitValue() == 0;
    }
}
