package quatrain.core.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ModelEstimatorTest {
    private static final Preset GRU = Presets.get(Presets.QUATRAINS_GRU);
    private static final Preset CHARS = Presets.get(Presets.CHARS_LSTM);

    @Test
    void countsEmbeddingGruAndOutputParametersByHand() {
        // 1000×100 embedding + 3·128·(100+128) + 6·128 GRU + 128·1000 + 1000 output
        long expected = 100_000 + 87_552 + 768 + 128_000 + 1_000;
        assertThat(ModelEstimator.parameters(GRU.model(), 1000)).isEqualTo(expected);
    }

    @Test
    void countsOneHotLstmParametersWithoutAnEmbedding() {
        // one-hot input of 60: 4·128·(60+128) + 4·128, then 128·60 + 60
        long expected = 96_256 + 512 + 7_680 + 60;
        assertThat(ModelEstimator.parameters(CHARS.model(), 60)).isEqualTo(expected);
    }

    @Test
    void deeperLayersTakeTheUnitsAsInput() {
        ModelSpec twoLayers = Overrides.apply(GRU.model(), Map.of("layers", "2", "units", "10", "embeddingSize", "5"));
        long first = 3 * 10 * (5 + 10) + 60;
        long second = 3 * 10 * (10 + 10) + 60;
        assertThat(ModelEstimator.parameters(twoLayers, 20)).isEqualTo(20 * 5 + first + second + 10 * 20 + 20);
    }

    @Test
    void aGloveDimensionReplacesTheSpecsEmbeddingSize() {
        assertThat(ModelEstimator.parameters(GRU.model(), 1000, 300))
                .isGreaterThan(ModelEstimator.parameters(GRU.model(), 1000, 100));
    }

    @Test
    void aMarkovChainHasNoParametersAndNoTimeEstimate() {
        Preset markov = Presets.get(Presets.MARKOV);
        ModelEstimate e = ModelEstimator.estimate(markov.model(), markov.training(), 5000, 0, 10_000, 100, 4e9);
        assertThat(e.parameters()).isZero();
        assertThat(e.memoryBytes()).isZero();
        assertThat(e.secondsPerEpoch()).isNaN();
    }

    @Test
    void timeIsTheEpochsOperationsOverTheRate() {
        int v = 1000;
        double train = ModelEstimator.trainingFlopsPerWindow(GRU.model(), v, 100);
        double forward = ModelEstimator.forwardFlopsPerWindow(GRU.model(), v, 100);
        assertThat(train).isEqualTo(3 * forward);
        ModelEstimate e = ModelEstimator.estimate(GRU.model(), GRU.training(), v, 100, 1000, 100, 4e9);
        assertThat(e.flopsPerEpoch()).isCloseTo(1000 * train + 100 * forward, within(1.0));
        assertThat(e.secondsPerEpoch()).isCloseTo(e.flopsPerEpoch() / 4e9, within(1e-9));
    }

    @Test
    void forwardOperationsCoverEveryTimeStepAndTheOutputOnce() {
        // 4 steps × 2·3·128·(100+128) + 2·128·1000
        assertThat(ModelEstimator.forwardFlopsPerWindow(GRU.model(), 1000, 100)).isEqualTo(4 * 175_104.0 + 256_000);
    }

    @Test
    void noRateMeansNoTime() {
        assertThat(ModelEstimator.estimate(GRU.model(), GRU.training(), 100, 100, 10, 0, 0).secondsPerEpoch()).isNaN();
    }

    @Test
    void memoryGrowsWithTheBatchAndWithAdamsSecondSlot() {
        TrainingSpec t = GRU.training();
        long base = ModelEstimator.memoryBytes(GRU.model(), t, 1000, 100);
        TrainingSpec bigger = t.toBuilder().batchSize(t.batchSize() * 2).build();
        TrainingSpec adam = t.toBuilder().optimizer(Optimizer.ADAM).build();
        long params = ModelEstimator.parameters(GRU.model(), 1000);
        assertThat(base).isGreaterThan(params * 4 * 4);
        assertThat(ModelEstimator.memoryBytes(GRU.model(), bigger, 1000, 100)).isGreaterThan(base);
        assertThat(ModelEstimator.memoryBytes(GRU.model(), adam, 1000, 100) - base).isEqualTo(params * 4);
    }

    @Test
    void windowsFollowTheEnginesStep() {
        List<int[]> docs = List.of(new int[] {1, 5, 6, 7, 2}, new int[] {1, 8, 2});
        assertThat(ModelEstimator.windows(docs, 4, 1, false)).isEqualTo(4 + 2);
        assertThat(ModelEstimator.windows(docs, 4, 3, false)).isEqualTo(2 + 1);
    }
}
