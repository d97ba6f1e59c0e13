package quatrain.engine.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.factory.Nd4j;

import quatrain.core.generate.Quatrain;
import quatrain.core.spec.SamplingSpec;
import quatrain.engine.TrainedModel;

/**
 * Model files written by an earlier version (src/test/resources/golden/models, see its README) open as they did:
 * the same network as DL4J's own reader gives, and the same quatrains for the same seed.
 */
class GoldenModelsTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/models");

    @ParameterizedTest
    @ValueSource(strings = {"word-gru", "chars-lstm", "reference-gru", "reference-lstm", "markov"})
    void writesTheSameQuatrainsAsWhenItWasSaved(String name) throws IOException {
        TrainedModel model = TrainedModel.open(GOLDEN.resolve(name + ".quatrain"));
        StringBuilder text = new StringBuilder();
        for (Quatrain q : model.generator().generate(new SamplingSpec(0.8, 0, 1.0, "", 32, 2, 7))) {
            text.append(q.text()).append("\n\n");
        }
        assertThat(text.toString()).isEqualTo(Files.readString(GOLDEN.resolve(name + ".expected.txt")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"word-gru", "chars-lstm", "reference-gru", "reference-lstm"})
    void readsTheNetworkDl4jsOwnReaderReads(String name) throws IOException {
        Path file = GOLDEN.resolve(name + ".quatrain");
        ModelBundle ours = BundleIO.read(file);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            byte[] network = zip.getInputStream(zip.getEntry("network.zip")).readAllBytes();
            MultiLayerNetwork theirs = ModelSerializer.restoreMultiLayerNetwork(new ByteArrayInputStream(network), true);
            assertThat(ours.network().getLayerWiseConfigurations()).isEqualTo(theirs.getLayerWiseConfigurations());
            assertThat(ours.network().params()).isEqualTo(theirs.params());
            assertThat(ours.network().getUpdater().getStateViewArray())
                    .isEqualTo(theirs.getUpdater().getStateViewArray());
            if (zip.getEntry("best-params.bin") != null) {
                try (DataInputStream in = new DataInputStream(zip.getInputStream(zip.getEntry("best-params.bin")))) {
                    assertThat(ours.bestParams()).isEqualTo(Nd4j.read(in));
                }
            }
        }
    }
}
