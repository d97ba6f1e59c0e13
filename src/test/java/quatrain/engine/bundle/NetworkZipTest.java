package quatrain.engine.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import quatrain.core.bundle.BundleException;
import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.Overrides;
import quatrain.core.spec.Preset;
import quatrain.core.spec.Presets;
import quatrain.engine.NetworkFactory;
import quatrain.testing.RawZip.Raw;
import quatrain.testing.RawZip;

/** network.zip as DL4J's ModelSerializer writes and reads it, without it. */
class NetworkZipTest {
    private static final Problems PROBLEMS = new Problems("x.quatrain");

    @ParameterizedTest
    @EnumSource(NetworkFactory.Implementation.class)
    void writesTheEntriesModelSerializerWrites(NetworkFactory.Implementation impl) throws IOException {
        MultiLayerNetwork net = trained(impl);
        Map<String, byte[]> ours = entries(ours(net));
        Map<String, byte[]> theirs = entries(theirs(net));
        assertThat(ours.keySet()).containsExactly("configuration.json", "coefficients.bin", "updaterState.bin");
        assertThat(ours.keySet()).containsExactlyElementsOf(theirs.keySet());
        for (String name : ours.keySet()) {
            assertThat(ours.get(name)).as(name).isEqualTo(theirs.get(name));
        }
    }

    @ParameterizedTest
    @EnumSource(NetworkFactory.Implementation.class)
    void readsWhatModelSerializerWritesAndModelSerializerReadsWhatWeWrite(NetworkFactory.Implementation impl)
            throws IOException {
        MultiLayerNetwork net = trained(impl);
        MultiLayerNetwork ours = NetworkZip.read(new ByteArrayInputStream(theirs(net)), PROBLEMS, 0);
        MultiLayerNetwork theirs = ModelSerializer.restoreMultiLayerNetwork(new ByteArrayInputStream(ours(net)), true);
        for (MultiLayerNetwork read : List.of(ours, theirs)) {
            assertThat(read.getLayerWiseConfigurations()).isEqualTo(net.getLayerWiseConfigurations());
            assertThat(read.params()).isEqualTo(net.params());
            assertThat(read.getUpdater().getStateViewArray()).isEqualTo(net.getUpdater().getStateViewArray());
        }
        INDArray input = input(net);
        assertThat(ours.output(input)).isEqualTo(net.output(input));
    }

    @ParameterizedTest
    @EnumSource(NetworkFactory.Implementation.class)
    void theReadNetworkTrainsOnAsTheSavedOneWould(NetworkFactory.Implementation impl) throws IOException {
        MultiLayerNetwork net = trained(impl);
        MultiLayerNetwork ours = NetworkZip.read(new ByteArrayInputStream(ours(net)), PROBLEMS, 0);
        MultiLayerNetwork theirs = ModelSerializer.restoreMultiLayerNetwork(new ByteArrayInputStream(ours(net)), true);
        Nd4j.getRandom().setSeed(7); // the same dropout masks for both
        fitOnce(ours);
        Nd4j.getRandom().setSeed(7);
        fitOnce(theirs);
        assertThat(ours.params().equalsWithEps(theirs.params(), 0)).isTrue();
        assertThat(ours.getUpdater().getStateViewArray().equalsWithEps(theirs.getUpdater().getStateViewArray(), 0))
                .isTrue();
    }

    @ParameterizedTest
    @EnumSource(Change.class)
    void entriesOutOfPlaceOrOfTheWrongSizeAreRefused(Change change) throws IOException {
        List<Raw> entries = raw(ours(trained(NetworkFactory.Implementation.FUSED)));
        byte[] changed = RawZip.write(change.apply(entries));
        assertThatThrownBy(() -> NetworkZip.read(new ByteArrayInputStream(changed), PROBLEMS, 0))
                .isInstanceOf(BundleException.class).hasMessageContaining(change.refusal).hasMessageNotContaining("\n");
    }

    enum Change {
        COEFFICIENTS_FIRST("holds coefficients.bin where configuration.json belongs") {
            @Override
            List<Raw> apply(List<Raw> e) {
                return List.of(e.get(1), e.get(0), e.get(2));
            }
        },
        UPDATER_STATE_TWICE("holds updaterState.bin twice or out of order") {
            @Override
            List<Raw> apply(List<Raw> e) {
                return List.of(e.get(0), e.get(1), e.get(2), e.get(2));
            }
        },
        NO_PARAMETERS_MARKER("\"noParams.marker\" that Quatrain Studio never writes") {
            @Override
            List<Raw> apply(List<Raw> e) {
                return List.of(e.get(0), e.get(1), Raw.deflated("noParams.marker", new byte[0]), e.get(2));
            }
        },
        UPDATER_STATE_OF_ANOTHER_SIZE("updaterState.bin declares 1,000 values but the network's configuration has") {
            @Override
            List<Raw> apply(List<Raw> e) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try {
                    NdArrayFormat.write(Nd4j.zeros(DataType.FLOAT, 1000), out);
                } catch (IOException ex) {
                    throw new java.io.UncheckedIOException(ex);
                }
                return List.of(e.get(0), e.get(1), Raw.deflated("updaterState.bin", out.toByteArray()));
            }
        },
        NO_COEFFICIENTS("has no coefficients.bin") {
            @Override
            List<Raw> apply(List<Raw> e) {
                return List.of(e.get(0));
            }
        };

        final String refusal;

        Change(String refusal) {
            this.refusal = refusal;
        }

        abstract List<Raw> apply(List<Raw> entries);
    }

    /** A small network after one minibatch, so that parameters and optimizer state are not as initialised. */
    static MultiLayerNetwork trained(NetworkFactory.Implementation impl) {
        Preset p = Presets.get(Presets.QUATRAINS_GRU);
        ModelSpec spec = Overrides.apply(p.model(), Map.of("units", "6", "embeddingSize", "4", "layers", "2"));
        MultiLayerNetwork net = NetworkFactory.build(spec, p.training(), 17, null, impl);
        fitOnce(net);
        return net;
    }

    private static void fitOnce(MultiLayerNetwork net) {
        INDArray labels = Nd4j.create(DataType.FLOAT, 8, 1);
        for (int i = 0; i < 8; i++) {
            labels.putScalar(i, 0, 4 + (i * 5) % 13);
        }
        net.fit(input(net), labels);
    }

    private static INDArray input(MultiLayerNetwork net) {
        INDArray in = Nd4j.create(DataType.FLOAT, 8, 4);
        for (int i = 0; i < 8; i++) {
            for (int t = 0; t < 4; t++) {
                in.putScalar(i, t, 4 + (i * 3 + t * 7) % 13);
            }
        }
        return in;
    }

    private static byte[] ours(MultiLayerNetwork net) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NetworkZip.write(net, out);
        return out.toByteArray();
    }

    private static byte[] theirs(MultiLayerNetwork net) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelSerializer.writeModel(net, out, true);
        return out.toByteArray();
    }

    private static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    private static List<Raw> raw(byte[] zip) throws IOException {
        List<Raw> out = new ArrayList<>();
        entries(zip).forEach((name, content) -> out.add(Raw.deflated(name, content)));
        return out;
    }
}
