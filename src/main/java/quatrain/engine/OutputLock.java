package quatrain.engine;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import quatrain.core.QuatrainException;

/**
 * One training writes a model file at a time: a lock on a hidden file beside it ({@code .NAME.lock}), held for
 * the whole training, in the engine so that the app and the command line exclude each other. The lock is the
 * operating system's ({@link FileChannel#tryLock}), so it goes with its process: a lock file left behind by a
 * killed run blocks nobody. The file holds its owner's PID, to name it to the one refused.
 *
 * <p>The owner deletes the file before it lets go of the lock, so a process that opened the old file just
 * before then can lock a file that is no longer in the folder while a third one creates and locks a new one. A
 * lock therefore counts only if the name pointed to the same file (its file key) before the file was opened
 * and after it was locked. Nothing here opens the lock file a second time: on POSIX systems closing any
 * descriptor of a file drops every lock the process holds on it, which is also why trainings within one JVM
 * are told apart by {@link #HELD} and never reach the file.
 */
public final class OutputLock implements AutoCloseable {
    private static final int ATTEMPTS = 10;
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;

    private OutputLock(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /**
     * Checks the folder ({@link #checkFolder}) and locks {@code output} for this process, or says who holds it.
     *
     * @throws QuatrainException with one line for a person when the folder is unusable or the file is taken
     */
    public static OutputLock acquire(Path output) {
        checkFolder(output);
        Path file = lockFileOf(output);
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new QuatrainException(cannotWrite(file.getParent(), e), e);
        }
        if (!HELD.add(file)) {
            throw busy(output, " (in this process)");
        }
        try {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                OutputLock lock = attempt(output, file);
                if (lock != null) {
                    return lock;
                }
            }
            throw new QuatrainException("Could not lock \"" + output + "\" for writing: its lock file " + file
                    + " keeps changing.");
        } catch (IOException e) {
            HELD.remove(file);
            throw new QuatrainException(cannotWrite(output.toAbsolutePath().getParent(), e), e);
        } catch (RuntimeException e) {
            HELD.remove(file);
            throw e;
        }
    }

    /** The lock, or null to try again (the file was just created, or replaced while we locked it). */
    private static OutputLock attempt(Path output, Path file) throws IOException {
        Optional<Object> before = key(file);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw busy(output, holder(channel));
            }
            if (before.isPresent() && before.equals(key(file))) {
                channel.truncate(0);
                channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
                return new OutputLock(file, channel);
            }
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        channel.close();
        return null;
    }

    /** Null when another process holds it; Java throws instead when this JVM does (the file by another name). */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException thisProcess) {
            return null;
        }
    }

    private static QuatrainException busy(Path output, String holder) {
        return new QuatrainException("Another training is writing \"" + output + "\"" + holder
                + "; wait for it to finish or choose another output file.");
    }

    /** The file's identity, or empty when it does not exist; a platform without file keys gives the same one. */
    private static Optional<Object> key(Path file) throws IOException {
        try {
            Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
            return Optional.of(key == null ? "no file keys here" : key);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /**
     * Refuses a model file that could not be saved, before any training: a path that names a folder, a folder
     * that cannot be written to, or one that is missing and could not be created (as the save would create it:
     * the app's models folder does not exist before its first model) because what is above it is a file or
     * read-only.
     */
    public static void checkFolder(Path output) {
        Path absolute = output.toAbsolutePath();
        Path folder = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw new QuatrainException("Cannot save the model as \"" + output + "\": that is a folder; give a file name.");
        }
        Path existing = folder;
        while (!Files.exists(existing)) {
            existing = existing.getParent();
        }
        String where = "Cannot save the model in \"" + folder + "\": ";
        if (!Files.isDirectory(existing)) {
            throw new QuatrainException(where + (existing.equals(folder) ? "that is not a folder."
                    : "\"" + existing + "\" is not a folder."));
        }
        if (!Files.isWritable(existing)) {
            throw new QuatrainException(where + (existing.equals(folder) ? "the folder is read-only."
                    : "the folder does not exist and \"" + existing + "\" is read-only."));
        }
    }

    static Path lockFileOf(Path output) {
        Path absolute = output.toAbsolutePath().normalize();
        return absolute.resolveSibling("." + absolute.getFileName() + ".lock");
    }

    /** Deletes the lock file, then lets the lock go (in that order: see the class comment). */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) { // Windows will not delete an open file; the next owner reuses it
        }
        try {
            channel.close();
        } catch (IOException e) { // closing releases the lock whatever it reports
        }
        HELD.remove(file);
    }

    /** " (process N)" from the holder's lock file, or nothing when it cannot be read (Windows locks reads too). */
    private static String holder(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(128);
            channel.read(buffer, 0);
            String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).trim();
            long pid = Long.parseLong(text.split("\\s+")[0]);
            return pid == ProcessHandle.current().pid() ? " (in this process)" : " (process " + pid + ")";
        } catch (IOException | NumberFormatException e) {
            return "";
        }
    }

    private static String cannotWrite(Path folder, IOException e) {
        String why = e instanceof AccessDeniedException ? "permission denied"
                : e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        return "Cannot save the model in \"" + folder + "\": " + why + ".";
    }
}
