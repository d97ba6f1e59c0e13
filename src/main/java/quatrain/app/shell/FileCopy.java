package quatrain.app.shell;

import java.io.IOException;
import java.nio.file.Path;

import quatrain.core.AtomicFiles;
import quatrain.core.QuatrainException;

/** Copies a file so that the target is either the old file or the complete new one, never half written. */
final class FileCopy {
    private FileCopy() {
    }

    static void atomically(Path source, Path target) {
        try {
            AtomicFiles.copy(source, target);
        } catch (IOException e) {
            throw new QuatrainException("Could not copy the model to \"" + target + "\": " + e.getMessage(), e);
        }
    }
}
