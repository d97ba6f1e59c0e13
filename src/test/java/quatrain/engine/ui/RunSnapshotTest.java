package quatrain.engine.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.deeplearning4j.core.storage.Persistable;
import org.deeplearning4j.ui.model.stats.StatsListener;
import org.deeplearning4j.ui.model.stats.impl.SbeStatsInitializationReport;
import org.deeplearning4j.ui.model.stats.impl.SbeStatsReport;
import org.deeplearning4j.ui.model.storage.FileStatsStorage;
import org.deeplearning4j.ui.model.storage.impl.SbeStorageMetaData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quatrain.core.QuatrainException;
import quatrain.testing.RecordedRuns;

class RunSnapshotTest {
    private static final String SESSION = "live";
    private static final String WORKER = "w";
    private static final long WRITE_EVERY_MS = 5;

    @TempDir
    Path dir;

    @Test
    void aCopyOfAFinishedRunHasItsBytes() throws Exception {
        Path run = RecordedRuns.copyInto(dir.resolve("runs"));
        RunSnapshot s = RunSnapshot.take(run, dir.resolve("copy.dl4j"));
        assertThat(s.copy()).hasSameBinaryContentAs(run);
        assertThat(s.sourceBytes()).isEqualTo(Files.size(run));
        s.delete();
        assertThat(s.copy()).doesNotExist();
    }

    /**
     * A writer commits a report every few milliseconds (each {@code putUpdate} is a MapDB commit; training reports
     * every 10 minibatches, tenths of a second or more apart) while copies are taken: every copy opens, holds whole
     * reports numbered 0..n-1 with nothing missing, and later copies hold more.
     */
    @Test
    void copiesOfARunBeingWrittenAreConsistent() throws Exception {
        Path run = dir.resolve("live.dl4j");
        FileStatsStorage writer = new FileStatsStorage(run.toFile());
        writer.putStorageMetaData(new SbeStorageMetaData(0, SESSION, StatsListener.TYPE_ID, WORKER,
                SbeStatsInitializationReport.class, SbeStatsReport.class));
        AtomicBoolean stop = new AtomicBoolean();
        CompletableFuture<Integer> writing = CompletableFuture.supplyAsync(() -> {
            int i = 0;
            while (!stop.get()) {
                writer.putUpdate(report(i++));
                pause(WRITE_EVERY_MS);
            }
            return i;
        });
        List<Integer> counts = new ArrayList<>();
        try {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(4);
            for (int n = 0; System.nanoTime() < until || n < 5; n++) {
                RunSnapshot s = RunSnapshot.take(run, dir.resolve("copy-" + n + ".dl4j"));
                counts.add(reportsIn(s.copy()));
                s.delete();
            }
        } finally {
            stop.set(true);
            int written = writing.get(1, TimeUnit.MINUTES);
            writer.close();
            assertThat(counts.get(counts.size() - 1)).isLessThanOrEqualTo(written);
        }
        assertThat(counts).isSorted();
        assertThat(counts.get(counts.size() - 1)).as("reports in the last copy").isGreaterThan(counts.get(0));
    }

    @Test
    void aLogLeftByAWriterThatDiedDoesNotStopTheCopy() throws Exception {
        Path run = RecordedRuns.copyInto(dir.resolve("runs"));
        Path log = Files.write(run.resolveSibling(run.getFileName() + ".wal.0"), new byte[] {1, 2, 3});
        Files.setLastModifiedTime(log, FileTime.from(Instant.now().minusSeconds(60)));
        RunSnapshot s = RunSnapshot.take(run, dir.resolve("copy.dl4j"));
        assertThat(s.copy()).hasSameBinaryContentAs(run);
        assertThat(dir.resolve("copy.dl4j.wal.0")).doesNotExist();
    }

    @Test
    void aCopyIsOutdatedOnceItsFileChanges() throws Exception {
        Path run = RecordedRuns.copyInto(dir.resolve("runs"));
        Files.setLastModifiedTime(run, FileTime.from(Instant.now().minusSeconds(60)));
        RunSnapshot s = RunSnapshot.take(run, dir.resolve("copy.dl4j"));
        assertThat(s.isOutdated()).isFalse();
        Files.write(run, new byte[] {0}, java.nio.file.StandardOpenOption.APPEND);
        assertThat(s.isOutdated()).isTrue();
    }

    @Test
    void aRunThatIsGoneSaysSo() {
        assertThatThrownBy(() -> RunSnapshot.take(dir.resolve("none.dl4j"), dir.resolve("copy.dl4j")))
                .isInstanceOf(QuatrainException.class).hasMessage("The run file none.dl4j is gone");
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static SbeStatsReport report(int i) {
        SbeStatsReport r = new SbeStatsReport();
        r.reportIDs(SESSION, StatsListener.TYPE_ID, WORKER, 1_000L + i);
        r.reportIterationCount(i);
        r.reportScore(i);
        return r;
    }

    /** Opens a copy as the UI does and reads every report: their iterations must be 0, 1, …, n-1. */
    private static int reportsIn(Path copy) {
        FileStatsStorage s = new FileStatsStorage(copy.toFile());
        try {
            List<Persistable> all = s.getAllUpdatesAfter(SESSION, StatsListener.TYPE_ID, WORKER, 0);
            List<Integer> iterations = all.stream().map(p -> ((SbeStatsReport) p).getIterationCount()).sorted().toList();
            for (int i = 0; i < iterations.size(); i++) {
                assertThat(iterations.get(i)).as("report " + i + " of " + copy.getFileName()).isEqualTo(i);
            }
            return iterations.size();
        } finally {
            s.close();
        }
    }
}
