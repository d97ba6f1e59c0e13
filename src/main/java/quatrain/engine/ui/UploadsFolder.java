package quatrain.engine.ui;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder {@code VertxUIServer.start} makes for uploads, {@code <java.io.tmpdir>/DL4JUI_<ms>}, with the start's
 * own clock reading as its only name: nothing in DL4J's API says which one it made. The one whose time falls inside
 * our call to {@code start} is ours; it is removed only while empty (the gate lets no upload reach DL4J), so a
 * folder another process made in the same millisecond and filled is left alone.
 */
final class UploadsFolder {
    private static final Logger LOG = LoggerFactory.getLogger(UploadsFolder.class);

    private UploadsFolder() {
    }

    /** Removes the empty {@code DL4JUI_<ms>} folders of {@code tmp} made between the two times; returns the last. */
    static Path removeMadeBetween(Path tmp, long fromMillis, long toMillis) {
        Path found = null;
        for (long ms = fromMillis; ms <= toMillis; ms++) {
            Path folder = tmp.resolve(LoopbackUiServer.UPLOADS_PREFIX + ms);
            if (Files.isDirectory(folder) && isEmpty(folder)) {
                try {
                    Files.delete(folder);
                    found = folder;
                } catch (DirectoryNotEmptyException e) {
                    // filled meanwhile: not ours to remove
                } catch (IOException e) {
                    LOG.warn("Could not remove the training UI's uploads folder {}: {}", folder, e.getMessage());
                }
            }
        }
        return found;
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
