package quatrain.launch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParentWatchTest {
    @Test
    void watchesTheParentTheRelaunchNamed() {
        assertThat(ParentWatch.decide(100, 100, pid -> true)).isEqualTo(ParentWatch.Start.WATCH);
    }

    @Test
    void stopsAtOnceWhenTheParentDiedBeforeTheWatchBegan() {
        // the OS has already given the orphan a new parent (init, or a subreaper)
        assertThat(ParentWatch.decide(100, 1, pid -> pid != 100)).isEqualTo(ParentWatch.Start.STOP_NOW);
    }

    @Test
    void aParentThatKeepsItsPidAfterDeathIsStillSeenDead() {
        // Windows does not re-parent orphans
        assertThat(ParentWatch.decide(100, 100, pid -> false)).isEqualTo(ParentWatch.Start.STOP_NOW);
    }

    @Test
    void ignoresAVariableInheritedFromAProcessFurtherUp() {
        // e.g. the first-frame benchmark starts the app from a relaunched JVM: the variable names that JVM's parent
        assertThat(ParentWatch.decide(100, 200, pid -> true)).isEqualTo(ParentWatch.Start.IGNORE);
    }
}
