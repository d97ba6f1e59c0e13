package quatrain.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import quatrain.app.settings.DeviceChoice;

class DeviceLaunchTest {

    @Test
    void aCpuOnlyBuildNeverRestarts() {
        assertThat(DeviceLaunch.environmentFor(DeviceChoice.CPU, false, Map.of())).isEmpty();
    }

    @Test
    void preferringTheCpuOnACudaBuildRaisesTheCpuPriority() {
        assertThat(DeviceLaunch.environmentFor(DeviceChoice.CPU, true, Map.of()))
                .containsEntry("BACKEND_PRIORITY_CPU", "100").containsEntry("BACKEND_PRIORITY_GPU", "0")
                .containsKey(DeviceLaunch.APPLIED);
    }

    @Test
    void automaticAndGpuKeepNd4jsOwnChoice() {
        assertThat(DeviceLaunch.environmentFor(DeviceChoice.AUTO, true, Map.of())).isEmpty();
        assertThat(DeviceLaunch.environmentFor(DeviceChoice.GPU, true, Map.of())).isEmpty();
    }

    @Test
    void aRestartedProcessOrExplicitPrioritiesAreLeftAlone() {
        assertThat(DeviceLaunch.environmentFor(DeviceChoice.CPU, true, Map.of(DeviceLaunch.APPLIED, "CPU"))).isEmpty();
        assertThat(DeviceLaunch.environmentFor(DeviceChoice.CPU, true, Map.of("BACKEND_PRIORITY_GPU", "5"))).isEmpty();
    }
}
