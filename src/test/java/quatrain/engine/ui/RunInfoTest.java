package quatrain.engine.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class RunInfoTest {
    private static RunInfo run(String id, Instant modified) {
        return new RunInfo(id, Path.of(id + ".dl4j"), 1, modified);
    }

    @Test
    void theStartIsReadFromTheStampFirstOrLast() {
        assertThat(run("20250102-030405-tiny-quatrains-gru", Instant.EPOCH).started())
                .isEqualTo(LocalDateTime.of(2025, 1, 2, 3, 4, 5));
        assertThat(run("tiny-quatrains-gru-20250102-030405", Instant.EPOCH).started())
                .isEqualTo(LocalDateTime.of(2025, 1, 2, 3, 4, 5));
        assertThat(run("20250102-030405-tiny-quatrains-gru", Instant.EPOCH).name()).isEqualTo("tiny-quatrains-gru");
        assertThat(run("tiny-quatrains-gru-20250102-030405", Instant.EPOCH).name()).isEqualTo("tiny-quatrains-gru");
    }

    @Test
    void aUniqueIdsTagIsNeitherStartNorName() {
        RunInfo run = run("tiny-quatrains-gru-20250102-030405-k3f9a", Instant.EPOCH);
        assertThat(run.started()).isEqualTo(LocalDateTime.of(2025, 1, 2, 3, 4, 5));
        assertThat(run.name()).isEqualTo("tiny-quatrains-gru");
    }

    @Test
    void oldAndNewIdsAreOrderedByStartAndTheSameSecondByTheFilesLastChange() {
        Instant now = Instant.now();
        List<RunInfo> runs = new ArrayList<>(List.of(
                run("a-markov-20250301-000000-00001", now.minusSeconds(10)),
                run("b-markov-20250301-000001", now.minusSeconds(3600)),
                run("c-markov-20250301-000000-zzzzz", now),
                run("20250201-000000-d-markov", now)));
        runs.sort(RunInfo.NEWEST_FIRST);
        assertThat(runs).extracting(RunInfo::id).containsExactly("b-markov-20250301-000001",
                "c-markov-20250301-000000-zzzzz", "a-markov-20250301-000000-00001", "20250201-000000-d-markov");
    }

    @Test
    void anIdWithoutAValidStampHasNoStart() {
        assertThat(run("experiment", Instant.EPOCH).started()).isNull();
        assertThat(run("20251399-250000-x-markov", Instant.EPOCH).started()).isNull();
        assertThat(run("20251399-250000-x-markov", Instant.EPOCH).name()).isEqualTo("20251399-250000-x-markov");
    }

    @Test
    void newestStartFirstWhateverTheFilesWereLastTouched() {
        Instant now = Instant.now();
        List<RunInfo> runs = new ArrayList<>(List.of(
                run("20250101-000000-a-markov", now),
                run("b-markov-20250301-000000", now.minusSeconds(3600)),
                run("20250201-000000-c-markov", now.minusSeconds(60))));
        runs.sort(RunInfo.NEWEST_FIRST);
        assertThat(runs).extracting(RunInfo::id).containsExactly("b-markov-20250301-000000",
                "20250201-000000-c-markov", "20250101-000000-a-markov");
    }
}
