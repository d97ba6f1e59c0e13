package quatrain.engine.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import quatrain.core.QuatrainException;

/**
 * A consistent copy of a run file that another process may be writing, taken without MapDB's lock (which would
 * make that writer fail). MapDB 3.0.5's {@code StoreWAL} keeps a transaction's records in {@code <file>.wal.0}
 * and writes the run file itself only inside {@code commit()}, after which it deletes the log: the run file is
 * written only while a log file exists. So a copy is consistent when no log existed before it was taken and
 * none exists after, and a second read of the run file still matches it (a whole commit may have come and gone
 * in between). A log that stays unchanged for {@link #ABANDONED_LOG} belongs to a writer that died (MapDB never
 * replays it: the run file holds the last commit), and the run file is copied as it is. The log is never
 * needed beside the copy for the same reason.
 */
record RunSnapshot(Path source, Path copy, long sourceBytes, long sourceModified, long takenAt) {
    /** How long a log must stay as it is to count as left behind by a writer that died. */
    static final Duration ABANDONED_LOG = Duration.ofSeconds(3);
    /** How long {@link #take} keeps trying while a writer commits again and again. */
    static final Duration GIVE_UP_AFTER = Duration.ofSeconds(15);

    /** Copies {@code source} to {@code copy} once no commit runs across the copy; fails after {@link #GIVE_UP_AFTER}. */
    static RunSnapshot take(Path source, Path copy) {
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        long pause = 10;
        try {
            while (true) {
                List<FileState> log = logState(source);
                if (log.isEmpty() || isAbandoned(log)) {
                    FileState before = FileState.of(source);
                    Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
                    if (logState(source).equals(log) && sameContent(source, copy)) {
                        return new RunSnapshot(source, copy, before.bytes(), before.modified(), System.currentTimeMillis());
                    }
                }
                if (System.nanoTime() > deadline) {
                    Files.deleteIfExists(copy);
                    throw new QuatrainException("The run file " + source.getFileName() + " changed during every copy for "
                            + GIVE_UP_AFTER.toSeconds() + " s; it is tried again later");
                }
                Thread.sleep(pause);
                pause = Math.min(pause * 2, 250);
            }
        } catch (NoSuchFileException e) {
            throw new QuatrainException("The run file " + source.getFileName() + " is gone", e);
        } catch (IOException e) {
            throw new QuatrainException("Could not copy the run file " + source + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QuatrainException("Interrupted while copying the run file " + source.getFileName(), e);
        }
    }

    /**
     * Whether the run file changed since this copy was taken, or may have changed unseen: a change within the same
     * tick of the file system's clock as the copy leaves size and time as they were, so a copy taken less than
     * {@link #ABANDONED_LOG} after the file's last change counts as outdated once more.
     */
    boolean isOutdated() {
        try {
            FileState now = FileState.of(source);
            return now.bytes() != sourceBytes || now.modified() != sourceModified
                    || takenAt - sourceModified < ABANDONED_LOG.toMillis();
        } catch (IOException e) {
            return false; // gone or unreadable: keep showing what was copied
        }
    }

    /** Removes the copy (and anything MapDB left beside it). */
    void delete() throws IOException {
        Files.deleteIfExists(copy);
        for (Path log : logFiles(copy)) {
            Files.deleteIfExists(log);
        }
    }

    /** Size and last change of a file. */
    record FileState(long bytes, long modified) {
        static FileState of(Path file) throws IOException {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileState(a.size(), a.lastModifiedTime().toMillis());
        }
    }

    /** MapDB's log files beside {@code file}: {@code file.wal.0}, {@code file.wal.1}, … as long as they follow. */
    static List<Path> logFiles(Path file) {
        List<Path> logs = new ArrayList<>();
        for (int i = 0;; i++) {
            Path log = file.resolveSibling(file.getFileName() + ".wal." + i);
            if (!Files.exists(log)) {
                return logs;
            }
            logs.add(log);
        }
    }

    private static List<FileState> logState(Path file) throws IOException {
        List<FileState> states = new ArrayList<>();
        for (Path log : logFiles(file)) {
            try {
                states.add(FileState.of(log));
            } catch (NoSuchFileException e) {
                // deleted at the end of a commit while we looked: the next look sees the new state
                states.add(new FileState(-1, -1));
            }
        }
        return states;
    }

    private static boolean isAbandoned(List<FileState> log) {
        long newest = log.stream().mapToLong(FileState::modified).max().orElse(0);
        return log.stream().allMatch(s -> s.bytes() >= 0)
                && System.currentTimeMillis() - newest >= ABANDONED_LOG.toMillis();
    }

    private static boolean sameContent(Path a, Path b) throws IOException {
        try (InputStream x = Files.newInputStream(a); InputStream y = Files.newInputStream(b)) {
            byte[] bx = new byte[1 << 16];
            byte[] by = new byte[1 << 16];
            while (true) {
                int nx = x.readNBytes(bx, 0, bx.length);
                int ny = y.readNBytes(by, 0, by.length);
                if (nx != ny || !Arrays.equals(bx, 0, nx, by, 0, ny)) {
                    return false;
                }
                if (nx < bx.length) {
                    return true;
                }
            }
        }
    }
}
