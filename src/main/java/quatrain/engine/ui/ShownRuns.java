package quatrain.engine.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.deeplearning4j.core.storage.Persistable;
import org.deeplearning4j.core.storage.StatsStorage;
import org.deeplearning4j.core.storage.StatsStorageEvent;
import org.deeplearning4j.core.storage.StatsStorageListener;
import org.deeplearning4j.ui.api.UIServer;
import org.deeplearning4j.ui.model.storage.FileStatsStorage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import quatrain.core.QuatrainException;
import quatrain.engine.ui.RunSnapshot.FileState;

/**
 * The runs attached to DL4J's UI server and where their statistics come from. A run this JVM is recording is
 * shown live from the one open {@code FileStatsStorage} its listener writes ({@link RunStatsStore}). Every other
 * run is shown from a {@link RunSnapshot} in this process's {@link RunViewFolder}, checked by {@link RunFileCheck}
 * before DL4J opens it: no lock is taken on the run file, so the process writing it (or another app showing it)
 * is never disturbed, and a run file that is not DL4J's is refused with a message while the others show. A run
 * file that changes is copied again and the new copy replaces the old one in the UI (the old one is closed a
 * look later, so a request still reading it finishes).
 */
final class ShownRuns implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ShownRuns.class);

    /** A shown run: its statistics, and the copy they come from (null when shared live with this JVM's writer). */
    private record Shown(Path file, StatsStorage storage, RunSnapshot snapshot) {
    }

    /** A refused run file, as it was when refused: refused again without a look until it changes. */
    private record Refusal(String message, FileState state) {
    }

    private final UIServer server;
    private final RunViewFolder views;
    private final Map<Path, Shown> shown = new LinkedHashMap<>();
    private final Map<Path, Refusal> refused = new LinkedHashMap<>();
    private final List<Shown> retired = new ArrayList<>();
    private boolean closed;

    ShownRuns(UIServer server, RunViewFolder views) {
        this.server = server;
        this.views = views;
    }

    /** Attaches runs not shown yet and copies again those whose file changed. */
    synchronized void update(List<RunInfo> runs) {
        if (closed) {
            return;
        }
        closeAll(retired);
        retired.clear();
        for (RunInfo run : runs) {
            Path file = run.file().toAbsolutePath().normalize();
            Shown s = shown.get(file);
            if (s == null && !isStillRefused(file)) {
                show(run, file, null);
            } else if (s != null && s.snapshot() != null && s.snapshot().isOutdated()) {
                show(run, file, s);
            }
        }
    }

    /** Why {@code runId} is not shown, if its file was refused. */
    synchronized Optional<String> refusal(String runId) {
        return refused.entrySet().stream().filter(e -> RunRecorder.sessionId(e.getKey()).equals(runId))
                .map(e -> e.getValue().message()).findFirst();
    }

    /** Closes every run's statistics, deletes the copies and this process's folder. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        closeAll(retired);
        closeAll(shown.values());
        retired.clear();
        shown.clear();
        views.close();
    }

    /**
     * Opens {@code run} and attaches it, in place of {@code old} if given. A file that cannot be copied now leaves
     * {@code old} shown; a refused one (it became something DL4J does not write) takes {@code old} down too.
     */
    private void show(RunInfo run, Path file, Shown old) {
        Shown s;
        try {
            s = open(run.id(), file);
        } catch (RunRefusedException e) {
            refuse(file, e, old);
            return;
        } catch (QuatrainException e) {
            LOG.warn("Training statistics {} not shown now: {}", file.getFileName(), e.getMessage());
            return;
        }
        try {
            server.attach(s.storage()); // DL4J now reads the run's sessions from here
        } catch (RuntimeException e) {
            detach(s);
            closeAll(List.of(s));
            refuse(file, new RunRefusedException(run.id(), "DL4J could not read it (" + e.getMessage() + ")", e), old);
            return;
        }
        shown.put(file, s);
        refused.remove(file);
        retire(old);
        announce(s.storage());
    }

    /** Takes {@code old} out of the UI; it is closed at the next look, when no request can still be reading it. */
    private void retire(Shown old) {
        if (old != null) {
            detach(old);
            retired.add(old);
        }
    }

    private void detach(Shown s) {
        try {
            server.detach(s.storage());
        } catch (RuntimeException e) {
            LOG.debug("Detaching {} failed: {}", s.file().getFileName(), e.getMessage());
        }
    }

    private Shown open(String runId, Path file) {
        if (RunStatsStore.isOpen(file)) {
            return new Shown(file, RunStatsStore.acquire(file), null);
        }
        RunSnapshot snapshot = RunSnapshot.take(file, views.newCopy(runId));
        try {
            RunFileCheck.check(snapshot.copy(), runId);
            return new Shown(file, new FileStatsStorage(snapshot.copy().toFile()), snapshot);
        } catch (RuntimeException e) {
            delete(snapshot);
            throw e instanceof QuatrainException q ? q
                    : new RunRefusedException(runId, "DL4J could not open it (" + e.getMessage() + ")", e);
        }
    }

    private void refuse(Path file, RunRefusedException e, Shown old) {
        if (old != null) {
            shown.remove(file);
            retire(old);
        }
        FileState state;
        try {
            state = FileState.of(file);
        } catch (IOException gone) {
            state = null;
        }
        Refusal before = refused.put(file, new Refusal(e.getMessage(), state));
        if (before == null || !before.message().equals(e.getMessage())) {
            LOG.warn(e.getMessage());
        }
    }

    private boolean isStillRefused(Path file) {
        Refusal r = refused.get(file);
        if (r == null) {
            return false;
        }
        try {
            return FileState.of(file).equals(r.state());
        } catch (IOException e) {
            return true;
        }
    }

    /**
     * Tells DL4J's page the newest report of a replaced copy, as the listener's own writes would: its overview
     * asks {@code /train/sessions/lastUpdate} before it fetches data again, and that answer comes from these events.
     */
    private static void announce(StatsStorage storage) {
        List<StatsStorageEvent> events = new ArrayList<>();
        for (String session : storage.listSessionIDs()) {
            for (String type : storage.listTypeIDsForSession(session)) {
                for (String worker : storage.listWorkerIDsForSessionAndType(session, type)) {
                    Persistable latest = storage.getLatestUpdate(session, type, worker);
                    if (latest != null) {
                        events.add(new StatsStorageEvent(storage, StatsStorageListener.EventType.PostUpdate, session,
                                type, worker, latest.getTimeStamp()));
                    }
                }
            }
        }
        for (StatsStorageListener l : storage.getListeners()) {
            events.forEach(l::notify);
        }
    }

    private static void closeAll(Iterable<Shown> runs) {
        for (Shown s : runs) {
            if (s.snapshot() == null) {
                RunStatsStore.release(s.file());
                continue;
            }
            try {
                s.storage().close();
            } catch (Exception | IllegalAccessError e) {
                // MapDB's own shutdown hook may have closed it first ("DB was closed"): the copy goes all the same
                LOG.debug("Could not close the copy of {}: {}", s.file().getFileName(), e.toString());
            }
            delete(s.snapshot());
        }
    }

    private static void delete(RunSnapshot snapshot) {
        try {
            snapshot.delete();
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", snapshot.copy(), e.getMessage());
        }
    }
}
