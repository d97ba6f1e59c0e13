package quatrain.engine.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.Overrides;
import quatrain.core.spec.Preset;
import quatrain.core.spec.Presets;
import quatrain.core.spec.TrainingSpec;
import quatrain.engine.NetworkFactory;
import quatrain.testing.TestCorpora;

class TrainingBenchmarkTest {
    private static final Preset GRU = Presets.get(Presets.QUATRAINS_GRU);
    private static final ModelSpec SMALL = Overrides.apply(GRU.model(), Map.of("units", "16", "embeddingSize", "8"));
    private static final TrainingSpec FAST = Overrides.apply(GRU.training(), Map.of("batchSize", "32"));

    @Test
    void alternatingStatisticsReportsEpochTimesWithAndWithoutTheListener() {
        Map<String, Object> v = TrainingBenchmark.run("tiny", TestCorpora.corpus(60, 2), SMALL, FAST, 5, 12,
                NetworkFactory.Implementation.FUSED, true)
                .values();
        assertThat(v.get("epoch_seconds")).asList().hasSize(5);
        assertThat((Double) v.get("sec_per_epoch_with_stats")).isPositive();
        assertThat((Double) v.get("sec_per_epoch_without_stats")).isPositive();
        assertThat(v).containsKey("stats_overhead_percent");
    }

    @Test
    void withoutTheOptionThereAreNoStatisticsFigures() {
        Map<String, Object> v = TrainingBenchmark.run("tiny", TestCorpora.corpus(60, 2), SMALL, FAST, 2, 5,
                NetworkFactory.Implementation.FUSED, false).values();
        assertThat(v).doesNotContainKeys("sec_per_epoch_with_stats", "stats_overhead_percent");
    }
}
