package quatrain.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JvmTuningTest {
    private static final List<String> ARGS = List.of("-Xmx2g", "-jar", "quatrain-studio.jar", "train", "poems.txt");

    @Test
    void aPlainJavaStartIsRestartedWithTheModuleAndThePassiveWaitPolicy() {
        var plan = JvmTuning.plan("/usr/lib/jvm/17/bin/java", ARGS, Map.of(), false, true).orElseThrow();
        assertThat(plan.command()).containsExactly("/usr/lib/jvm/17/bin/java", "--add-modules=jdk.incubator.vector",
                "-Xmx2g", "-jar", "quatrain-studio.jar", "train", "poems.txt");
        assertThat(plan.environment()).containsEntry("OMP_WAIT_POLICY", "PASSIVE")
                .containsEntry(JvmTuning.APPLIED, "1");
    }

    @Test
    void onlyTheAppAndTheTrainingCommandsAreTuned() {
        assertThat(JvmTuning.trains(true, new String[0])).isTrue();
        assertThat(JvmTuning.trains(false, new String[] {"train", "poems.txt"})).isTrue();
        assertThat(JvmTuning.trains(false, new String[] {"bench", "--case", "chars-lstm"})).isTrue();
        assertThat(JvmTuning.trains(false, new String[] {"generate", "m.quatrain"})).isFalse();
        assertThat(JvmTuning.trains(false, new String[] {"--version"})).isFalse();
    }

    @Test
    void theRestartedProcessNeverRestartsAgain() {
        assertThat(JvmTuning.plan("java", ARGS, Map.of(JvmTuning.APPLIED, "1"), false, true)).isEmpty();
    }

    @Test
    void nothingHappensWhenBothSettingsAreAlreadyThere() {
        assertThat(JvmTuning.plan("java", ARGS, Map.of("OMP_WAIT_POLICY", "ACTIVE"), true, true)).isEmpty();
    }

    @Test
    void aUsersOwnWaitPolicyIsKept() {
        var plan = JvmTuning.plan("java", ARGS, Map.of("OMP_WAIT_POLICY", "ACTIVE"), false, true).orElseThrow();
        assertThat(plan.environment()).doesNotContainKey("OMP_WAIT_POLICY");
        assertThat(plan.command()).contains("--add-modules=jdk.incubator.vector");
    }

    @Test
    void anInstallersLauncherGetsOnlyTheEnvironmentItsArgumentsAreTheApps() {
        var plan = JvmTuning.plan("/opt/quatrain-studio/bin/Quatrain Studio", List.of("model.quatrain"), Map.of(),
                false, true).orElseThrow();
        assertThat(plan.command()).containsExactly("/opt/quatrain-studio/bin/Quatrain Studio", "model.quatrain");
        assertThat(plan.environment()).containsEntry("OMP_WAIT_POLICY", "PASSIVE");
    }

    @Test
    void aRuntimeWithoutTheModuleIsNotAskedForIt() {
        assertThat(JvmTuning.plan("java", ARGS, Map.of("OMP_WAIT_POLICY", "PASSIVE"), false, false)).isEmpty();
    }

    @Test
    void argumentsComeFromProcWhenTheJdkGivesNoneForALongCommandLine() {
        byte[] cmdline = "java\0-cp\0/a.jar:/b.jar\0quatrain.Main\0train\0my poems.txt\0".getBytes(StandardCharsets.UTF_8);
        assertThat(JvmTuning.procArguments(cmdline, StandardCharsets.UTF_8))
                .containsExactly("-cp", "/a.jar:/b.jar", "quatrain.Main", "train", "my poems.txt");
    }
}
