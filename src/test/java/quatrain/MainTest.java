package quatrain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import quatrain.launch.LaunchArgs;

class MainTest {
    @Test
    void theEntryPointsNameThatRestartsAndDriversUseIsThisClass() {
        assertThat(LaunchArgs.MAIN_CLASS).isEqualTo(Main.class.getName());
    }
}
