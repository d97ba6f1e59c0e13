package quatrain.app.training;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import quatrain.core.AtomicFiles;
import quatrain.core.Json;

/** Saves runs as {@code <id>.json} in the runs folder and finds the earlier runs on a corpus. Blocking I/O. */
final class RunStore {
    private static final Logger LOG = LoggerFactory.getLogger(RunStore.class);
    static final String SUFFIX = ".json";

    private final Path dir;

    RunStore(Path dir) {
        this.dir = dir;
    }

    /** Writes through a temporary file, so a crash mid-write never leaves a run that cannot be read. */
    void save(RunRecord run) throws IOException {
        AtomicFiles.write(file(run.id()), Json.writeBytes(run));
    }

    Path file(String runId) {
        return dir.resolve(runId + SUFFIX);
    }

    /**
     * The latest {@code limit} runs on the text with this hash, newest first, without {@code excludeId}. Files
     * are read newest first and reading stops at {@code limit} matches, as old runs pile up over time. A file
     * that cannot be read is skipped: one damaged run must not hide the others.
     */
    List<RunRecord> previous(String corpusSha256, String excludeId, int limit) {
        List<RunRecord> runs = new ArrayList<>();
        for (Path file : newestFirst()) {
            if (runs.size() >= limit) {
                break;
            }
            if (file.getFileName().toString().equals(excludeId + SUFFIX)) {
                continue;
            }
            try {
                RunRecord run = Json.read(Files.readAllBytes(file), RunRecord.class);
                if (run.corpusSha256().equals(corpusSha256) && !run.id().equals(excludeId)) {
                    runs.add(run);
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("Skipping run file {}: {}", file, e.getMessage());
            }
        }
        runs.sort(Comparator.comparing((RunRecord r) -> Instant.parse(r.startedAt())).reversed());
        return runs;
    }

    private List<Path> newestFirst() {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            stream.forEach(files::add);
        } catch (IOException e) {
            LOG.warn("Cannot list the runs folder {}: {}", dir, e.getMessage());
            return List.of();
        }
        files.sort(Comparator.comparing(RunStore::modified).reversed());
        return files;
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
