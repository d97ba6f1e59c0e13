package quatrain.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class StopSignalTest {
    @Test
    void exitStatusesAreAShellsForEachSignal() {
        assertThat(StopSignal.HUP.exitStatus()).isEqualTo(129);
        assertThat(StopSignal.INT.exitStatus()).isEqualTo(130);
        assertThat(StopSignal.TERM.exitStatus()).isEqualTo(143);
        assertThat(StopSignal.INT.label()).isEqualTo("SIGINT");
    }

    @Test
    void aRaisedSignalReachesTheHandlerInsteadOfEndingTheJvm() throws Exception {
        CompletableFuture<StopSignal> got = new CompletableFuture<>();
        try (StopSignal.Installed handlers = StopSignal.handle(got::complete)) {
            assumeTrue(handlers.takes(StopSignal.HUP), "HUP was ignored when this JVM started (nohup)");
            assertThat(StopSignal.HUP.raise()).isTrue();
            assertThat(got.get(10, TimeUnit.SECONDS)).isEqualTo(StopSignal.HUP);
        }
    }
}
