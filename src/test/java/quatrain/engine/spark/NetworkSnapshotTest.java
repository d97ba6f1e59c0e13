package quatrain.engine.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;

import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.Overrides;
import quatrain.core.spec.Presets;
import quatrain.core.text.TokenStream;
import quatrain.engine.NetworkFactory;
import quatrain.engine.WindowEvaluator;
import quatrain.engine.data.WindowSet;

class NetworkSnapshotTest {
    @Test
    void anExecutorsValidationIsTheLocalEvaluatorsOnTheSameNetwork() {
        ModelSpec spec = Overrides.apply(Presets.get(Presets.QUATRAINS_GRU).model(), Map.of("units", "8",
                "embeddingSize", "4"));
        MultiLayerNetwork net = NetworkFactory.build(spec, Presets.get(Presets.QUATRAINS_GRU).training(), 11, null);
        TokenBlock block = new TokenBlock();
        for (int d = 0; d < 6; d++) {
            block.validation.add(new int[] {1, 3 + d % 8, 4 + d % 7, 5, 2});
        }
        WindowEvaluator.Totals here = WindowEvaluator.evaluate(net, WindowSet.forEvaluation(spec,
                TokenStream.of(block.validation)), 11, false, false, 7);
        WindowEvaluator.Totals there = NetworkSnapshot.of(net).evaluate(block, spec, 11, 7);
        assertThat(there.targets()).isEqualTo(here.targets()).isEqualTo(6 * 4);
        assertThat(there.loss()).isCloseTo(here.loss(), within(1e-6));
        assertThat(there.plus(WindowEvaluator.Totals.NONE)).isEqualTo(there);
        assertThat(NetworkSnapshot.of(net).evaluate(new TokenBlock(), spec, 11, 7)).isEqualTo(WindowEvaluator.Totals.NONE);
    }
}
