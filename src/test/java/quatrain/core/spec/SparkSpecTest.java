package quatrain.core.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class SparkSpecTest {
    @Test
    void everyPresetHasTheDefaultAveragingSettings() {
        for (Preset p : Presets.all()) {
            assertThat(p.spark()).isEqualTo(SparkSpec.defaults());
        }
        assertThat(SparkSpec.defaults().averagingFrequency()).isEqualTo(5);
    }

    @Test
    void aWorkersMinibatchIsTheTrainingBatchUnlessSet() {
        TrainingSpec training = Presets.get(Presets.QUATRAINS_GRU).training();
        assertThat(SparkSpec.defaults().batchSize(training)).isEqualTo(training.batchSize());
        assertThat(new SparkSpec(5, 64, 0, 0).batchSize(training)).isEqualTo(64);
    }

    @Test
    void settingsAreCheckedLikeTheOthers() {
        assertThatThrownBy(() -> Overrides.apply(SparkSpec.defaults(), Map.of("averagingFrequency", "0")))
                .isInstanceOf(SpecException.class).hasMessage("averagingFrequency must be between 1 and 10000 (got 0)");
        assertThatThrownBy(() -> Overrides.apply(SparkSpec.defaults(), Map.of("prefetch", "-1")))
                .hasMessageContaining("prefetch must be between 0 and 64");
        assertThat(Overrides.apply(SparkSpec.defaults(), Map.of("averaging-frequency", "2")).averagingFrequency())
                .isEqualTo(2);
    }
}
