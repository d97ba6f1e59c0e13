package quatrain.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import quatrain.core.spec.Preset;
import quatrain.core.spec.Presets;
import quatrain.engine.NetworkFactory.Implementation;
import quatrain.engine.nn.Device;
import quatrain.engine.nn.LanesRmsProp;

/**
 * The device decides the layers: on the CPU the fused ones (gate maths in Java on the arrays' memory), on a GPU the
 * reference ones, whose arrays stay on the device. The GPU is stubbed by asking for its choice directly.
 */
class DeviceLayersTest {
    private static final String OURS = "quatrain.engine.nn.";
    /** ND4J's own updaters (RMSprop, Adam) step on the device; ours ({@link LanesRmsProp}) on host memory. */
    private static final String ND4J_UPDATERS = "org.nd4j.linalg.learning.config.";

    @Test
    void theCpuGetsTheFusedLayersAndAGpuTheReferenceOnes() {
        assertThat(Implementation.forDevice(false)).isEqualTo(Implementation.FUSED);
        assertThat(Implementation.forDevice(true)).isEqualTo(Implementation.REFERENCE);
        assertThat(Device.gpu()).as("the tests run on ND4J's CPU backend").isFalse();
        assertThat(Implementation.forThisDevice()).isEqualTo(Implementation.FUSED);
    }

    @ParameterizedTest
    @ValueSource(strings = {Presets.QUATRAINS_GRU, Presets.CHARS_LSTM, Presets.CHARS_DEEP})
    void aPresetBuiltForAGpuHasOnlyLayersAndAnUpdaterThatKeepArraysOnTheDevice(String name) {
        Preset preset = Presets.get(name);
        MultiLayerNetwork gpu = NetworkFactory.build(preset.model(), preset.training(), 50, null,
                Implementation.forDevice(true));

        List<String> classes = layerClasses(gpu);
        assertThat(classes).as("layer classes").noneMatch(c -> c.startsWith(OURS) && !c.endsWith(".GruLayer"));
        assertThat(classes).contains("org.deeplearning4j.nn.conf.layers.OutputLayer");
        for (Layer layer : gpu.getLayerWiseConfigurations().getConfs().stream().map(c -> c.getLayer()).toList()) {
            if (layer instanceof BaseLayer base) {
                assertThat(base.getIUpdater().getClass().getName()).as(layer.getLayerName() + " updater")
                        .startsWith(ND4J_UPDATERS);
            }
        }
    }

    @Test
    void aPresetBuiltForTheCpuHasTheFusedLayersAndTheLanesUpdater() {
        Preset preset = Presets.get(Presets.QUATRAINS_GRU);
        MultiLayerNetwork cpu = NetworkFactory.build(preset.model(), preset.training(), 50, null,
                Implementation.forDevice(false));

        assertThat(layerClasses(cpu)).contains(OURS + "FusedRecurrent", OURS + "SoftmaxOutput");
        BaseLayer output = (BaseLayer) cpu.getOutputLayer().conf().getLayer();
        assertThat(output.getIUpdater()).isInstanceOf(LanesRmsProp.class);
    }

    private static List<String> layerClasses(MultiLayerNetwork net) {
        return net.getLayerWiseConfigurations().getConfs().stream().map(c -> c.getLayer())
                .flatMap(l -> l instanceof org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep last
                        ? Arrays.asList(l, last.getUnderlying()).stream() : List.of(l).stream())
                .map(l -> l.getClass().getName()).toList();
    }
}
