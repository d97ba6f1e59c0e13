package quatrain.app.trainingui;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import quatrain.core.QuatrainException;
import quatrain.engine.ui.RunInfo;

/** A training UI server without a server: runs are what the test adds, selections are recorded. */
final class FakeUiServer implements UiServer {
    static final String ADDRESS = "http://127.0.0.1:4711";

    final List<RunInfo> runs = new CopyOnWriteArrayList<>();
    final List<String> selected = new ArrayList<>();
    /** Listed run ids the server does not know yet (their first statistics are not written); unlisted ones neither. */
    final List<String> unknown = new ArrayList<>();
    int closed;

    /** Adds a run as the newest. */
    FakeUiServer add(String id, long bytes) {
        runs.add(0, new RunInfo(id, Path.of("/runs", id + ".dl4j"), bytes, Instant.now()));
        return this;
    }

    @Override
    public String address() {
        return ADDRESS;
    }

    @Override
    public List<RunInfo> runs() {
        return List.copyOf(runs);
    }

    @Override
    public void select(String runId) {
        if (unknown.contains(runId) || runs.stream().noneMatch(r -> r.id().equals(runId))) {
            throw new QuatrainException("The training UI does not know run " + runId + " (HTTP 400)");
        }
        selected.add(runId);
    }

    @Override
    public void close() {
        closed++;
    }
}
