package quatrain.engine.ui;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.deeplearning4j.core.storage.StatsStorage;
import org.deeplearning4j.ui.model.storage.FileStatsStorage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open {@link FileStatsStorage} per run file in this JVM, shared by the training listener that writes it and
 * the UI server that reads it (MapDB files must not be opened twice). Reference-counted: the file is closed
 * when its last user releases it.
 */
final class RunStatsStore {
    private static final Logger LOG = LoggerFactory.getLogger(RunStatsStore.class);
    private static final Map<Path, Entry> OPEN = new HashMap<>();

    private static final class Entry {
        final FileStatsStorage storage;
        int users;

        Entry(FileStatsStorage storage) {
            this.storage = storage;
        }
    }

    private RunStatsStore() {
    }

    static synchronized StatsStorage acquire(Path file) {
        Path key = file.toAbsolutePath().normalize();
        Entry e = OPEN.computeIfAbsent(key, k -> new Entry(new FileStatsStorage(k.toFile())));
        e.users++;
        return e.storage;
    }

    static synchronized void release(Path file) {
        Path key = file.toAbsolutePath().normalize();
        Entry e = OPEN.get(key);
        if (e == null) {
            return;
        }
        if (--e.users <= 0) {
            OPEN.remove(key);
            try {
                e.storage.close();
            } catch (IllegalAccessError closed) {
                // MapDB's shutdown hook closed it first ("DB was closed"); its last commit is on disk
                LOG.debug("Training statistics {} already closed: {}", key, closed.getMessage());
            } catch (Exception ex) {
                LOG.warn("Could not close training statistics {}", key, ex);
            }
        }
    }

    static synchronized boolean isOpen(Path file) {
        return OPEN.containsKey(file.toAbsolutePath().normalize());
    }
}
