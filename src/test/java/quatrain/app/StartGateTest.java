package quatrain.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class StartGateTest {
    private final List<Runnable> ran = new ArrayList<>();
    private final StartGate gate = new StartGate(ran::add);

    @Test
    void workHandedInBeforeOpenWaitsThenRunsInOrder() {
        Runnable first = () -> { };
        Runnable second = () -> { };
        gate.execute(first);
        gate.execute(second);
        assertThat(ran).isEmpty();
        assertThat(gate.isOpen()).isFalse();

        gate.open();

        assertThat(ran).containsExactly(first, second);
        assertThat(gate.isOpen()).isTrue();
    }

    @Test
    void afterOpenWorkPassesStraightThroughAndASecondOpenRunsNothingTwice() {
        Runnable early = () -> { };
        Runnable late = () -> { };
        gate.execute(early);
        gate.open();
        gate.execute(late);
        gate.open();

        assertThat(ran).containsExactly(early, late);
    }
}
