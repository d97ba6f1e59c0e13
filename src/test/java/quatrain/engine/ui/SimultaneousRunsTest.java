package quatrain.engine.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.deeplearning4j.ui.model.stats.StatsListener;
import org.deeplearning4j.ui.model.storage.FileStatsStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quatrain.core.training.RunNames;
import quatrain.core.training.StopReason;
import quatrain.engine.TrainingResult;
import quatrain.testing.RecordedRuns;

/**
 * Two trainings of the same corpus and preset started in the same second, as two {@code quatrain train} commands
 * (or the app and a command) start them: each records its own statistics file under its own id.
 */
class SimultaneousRunsTest {
    @TempDir
    Path dir;

    @Test
    void twoRunsStartedInTheSameSecondRecordIntoTheirOwnFiles() throws Exception {
        Path runs = dir.resolve("runs");
        String[] ids = idsOfTheSameSecond();
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<TrainingResult>> trainings = Stream.of(ids).map(id -> CompletableFuture.supplyAsync(() -> {
            await(start);
            return RecordedRuns.train(runs.resolve(id + RunRecorder.EXTENSION), dir.resolve(id + ".quatrain"));
        })).toList();

        for (CompletableFuture<TrainingResult> t : trainings) {
            assertThat(t.get(5, TimeUnit.MINUTES).reason()).isEqualTo(StopReason.COMPLETED);
        }
        try (Stream<Path> files = Files.list(runs)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(
                    ids[0] + RunRecorder.EXTENSION, ids[1] + RunRecorder.EXTENSION);
        }
        for (String id : ids) {
            FileStatsStorage stats = new FileStatsStorage(runs.resolve(id + RunRecorder.EXTENSION).toFile());
            try {
                assertThat(stats.listSessionIDs()).containsExactly(id);
                assertThat(stats.getNumUpdateRecordsFor(id, StatsListener.TYPE_ID, stats.listWorkerIDsForSession(id).get(0)))
                        .as("reports of " + id).isGreaterThanOrEqualTo(RecordedRuns.MIN_REPORTS);
            } finally {
                stats.close();
            }
        }
    }

    /** Two new run ids of one corpus and preset whose time stamps are the same second. */
    private static String[] idsOfTheSameSecond() {
        while (true) {
            String a = RunNames.runId("tiny.txt", "quatrains-gru");
            String b = RunNames.runId("tiny.txt", "quatrains-gru");
            if (stamp(a).equals(stamp(b))) {
                return new String[] {a, b};
            }
        }
    }

    private static String stamp(String id) {
        return id.replaceFirst(".*-(\\d{8}-\\d{6})-[0-9a-z]+$", "$1");
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(1, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
