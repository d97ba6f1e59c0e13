package quatrain.engine.ui;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import quatrain.core.QuatrainException;

/**
 * This process's folder for copies of the run files the training UI shows, {@code <cache>/run-views/<pid>-<id>}.
 * The folder holds a lock on its {@code .owner} file for as long as it is open; the operating system drops the
 * lock when the process ends, however it ends. A folder whose owner file can be locked was left by a process
 * that is gone (killed, crashed) and is removed when the next one opens its own.
 */
final class RunViewFolder implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RunViewFolder.class);
    static final String OWNER = ".owner";
    /**
     * Folders this JVM owns. Their owner files must never be opened here again: closing any channel to a file
     * releases every lock this JVM holds on it (POSIX record locks), which would hand the folder to a cleaner.
     */
    private static final Set<Path> OWNED = new HashSet<>();

    private final Path folder;
    private final FileChannel ownerChannel;
    private final FileLock ownerLock;
    private final AtomicLong copies = new AtomicLong();

    private RunViewFolder(Path folder, FileChannel ownerChannel, FileLock ownerLock) {
        this.folder = folder;
        this.ownerChannel = ownerChannel;
        this.ownerLock = ownerLock;
    }

    /** Removes what killed processes left in {@code root}, then makes and locks this process's folder there. */
    static RunViewFolder open(Path root) {
        removeAbandoned(root);
        Path folder = root.resolve(ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8));
        try {
            Files.createDirectories(folder);
            FileChannel channel = FileChannel.open(folder.resolve(OWNER), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.lock();
            synchronized (OWNED) {
                OWNED.add(folder.toAbsolutePath().normalize());
            }
            return new RunViewFolder(folder, channel, lock);
        } catch (IOException e) {
            throw new QuatrainException("Cannot make a folder for the training UI's copies of run files in " + root
                    + ": " + e.getMessage(), e);
        }
    }

    Path path() {
        return folder;
    }

    /** A new file name for a copy of {@code runId}'s statistics (each copy its own, as old ones may still be open). */
    Path newCopy(String runId) {
        return folder.resolve(copies.incrementAndGet() + "-" + runId + RunRecorder.EXTENSION);
    }

    /** Deletes the folder with every copy in it and gives up the lock. */
    @Override
    public void close() {
        synchronized (OWNED) {
            OWNED.remove(folder.toAbsolutePath().normalize());
        }
        deleteTree(folder, f -> f.equals(folder) || f.getFileName().toString().equals(OWNER));
        try {
            ownerLock.release();
            ownerChannel.close();
            Files.deleteIfExists(folder.resolve(OWNER));
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            LOG.warn("Could not remove the training UI's folder {}: {}", folder, e.getMessage());
        }
    }

    /** Removes the folders in {@code root} whose owner is gone (their owner file can be locked). */
    static void removeAbandoned(Path root) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> folders = Files.list(root)) {
            for (Path f : (Iterable<Path>) folders.filter(Files::isDirectory)::iterator) {
                if (isOwnedHere(f)) {
                    continue;
                }
                if (ownerIsGone(f)) {
                    deleteTree(f, p -> false);
                    LOG.info("Removed copies of run files left by an earlier process: {}", f);
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not look for old copies of run files in {}: {}", root, e.getMessage());
        }
    }

    private static boolean isOwnedHere(Path folder) {
        synchronized (OWNED) {
            return OWNED.contains(folder.toAbsolutePath().normalize());
        }
    }

    /** True if nobody holds the folder's owner file (or it has none: a folder being made has one within ms). */
    private static boolean ownerIsGone(Path folder) {
        Path owner = folder.resolve(OWNER);
        if (!Files.exists(owner)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(owner, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return false;
            }
            lock.release();
            return true;
        } catch (OverlappingFileLockException | IOException e) {
            return false;
        }
    }

    /** Deletes {@code root} and everything in it, deepest first, except the paths {@code keep} accepts. */
    private static void deleteTree(Path root, Predicate<Path> keep) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).filter(keep.negate()).toList()) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.debug("Could not delete {}: {}", p, e.getMessage());
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not remove {}: {}", root, e.getMessage());
        }
    }
}
