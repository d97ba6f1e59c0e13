package quatrain.app.trainingui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class LiveRunTest {
    private final long[] now = {10 * LiveRun.INTERVAL_NANOS};
    private final LiveRun live = new LiveRun(() -> now[0]);
    private final RunChoice old = new RunChoice("old", "old");
    private final RunChoice fresh = new RunChoice("fresh", "fresh");

    @Test
    void theLiveRunIsTheOneNotListedWhenTrainingStarted() {
        assertThat(live.in(List.of(fresh, old))).as("no training").isEmpty();
        live.trainingStarted(List.of("old"));
        assertThat(live.in(List.of(old))).isEmpty();
        assertThat(live.in(List.of(fresh, old))).contains(fresh);
        live.stop();
        assertThat(live.isLive(fresh)).isFalse();
    }

    @Test
    void looksAtOnceWhenTrainingStartsThenAtMostEveryInterval() {
        assertThat(live.lookNow()).as("no training").isFalse();
        live.trainingStarted(List.of());
        assertThat(live.lookNow()).isTrue();
        assertThat(live.lookNow()).isFalse();
        now[0] += LiveRun.INTERVAL_NANOS - 1;
        assertThat(live.lookNow()).isFalse();
        now[0] += 1;
        assertThat(live.lookNow()).isTrue();
    }
}
