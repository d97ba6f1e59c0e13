package quatrain.engine.ui;

import java.nio.file.Path;
import java.time.Instant;

/** A stored training run: its statistics file, session id, size and last change. */
public record RunInfo(String id, Path file, long bytes, Instant modified) {
}
