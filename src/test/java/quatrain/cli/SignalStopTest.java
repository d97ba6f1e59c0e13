package quatrain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import quatrain.cli.SignalStop.Meaning;
import quatrain.launch.StopSignal;

class SignalStopTest {
    private static final long MS = 1_000_000L;
    private final StringWriter err = new StringWriter();
    private final SignalStop stop = SignalStop.detached(new PrintWriter(err, true), "quit without saving", (s, g) -> { });

    @Test
    void theFirstSignalIsTheStopAndIsRemembered() {
        assertThat(stop.signal()).isEmpty();
        assertThat(stop.classify(StopSignal.TERM, 5_000 * MS)).isEqualTo(Meaning.FIRST);
        assertThat(stop.signal()).hasValue(StopSignal.TERM);
    }

    @Test
    void aCopyOfCtrlCForwardedByTheStartedProcessIsTheSameStop() {
        stop.classify(StopSignal.INT, 5_000 * MS);
        assertThat(stop.classify(StopSignal.INT, 5_030 * MS)).isEqualTo(Meaning.SAME_AGAIN);
        assertThat(stop.classify(StopSignal.INT, 5_900 * MS)).as("a quick double press too").isEqualTo(Meaning.SAME_AGAIN);
        assertThat(stop.signal()).hasValue(StopSignal.INT);
    }

    @Test
    void aSecondCtrlCWellAfterTheFirstMeansQuitNow() {
        stop.classify(StopSignal.INT, 5_000 * MS);
        assertThat(stop.classify(StopSignal.INT, 7_000 * MS)).isEqualTo(Meaning.QUIT_NOW);
        assertThat(stop.classify(StopSignal.INT, 7_010 * MS)).as("its forwarded copy").isEqualTo(Meaning.SAME_AGAIN);
    }

    @Test
    void linesAndListenerOutputArePrintedWhileTheProcessIsNotExiting() {
        stop.say("one");
        stop.unlessExiting(() -> err.write("two\n"));
        assertThat(err.toString().lines()).containsExactly("one", "two");
    }
}
