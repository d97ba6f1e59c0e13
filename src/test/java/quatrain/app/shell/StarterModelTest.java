package quatrain.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quatrain.core.sample.SampleCorpus;
import quatrain.core.spec.SamplingSpec;
import quatrain.engine.TrainedModel;

class StarterModelTest {
    @TempDir
    Path dir;

    @Test
    void theShippedModelIsSmallTrainedOnTheSampleAndWritesQuatrainsThroughTheCheckingReader() throws IOException {
        Path file = StarterModel.bundled(dir).install().orElseThrow();
        assertThat(file).isEqualTo(dir.resolve(StarterModel.FILE_NAME));
        assertThat(Files.size(file)).isLessThan(5_000_000);
        TrainedModel model = TrainedModel.open(file);
        assertThat(model.info().manifest().corpus().sha256()).isEqualTo(SampleCorpus.corpus().sha256());
        assertThat(model.info().manifest().preset()).isEqualTo("quatrains-gru");
        assertThat(model.generator().generateOne(SamplingSpec.defaults(), 0).lines()).hasSize(4);
    }

    @Test
    void aCopyInPlaceIsKeptAndADamagedOneReplaced() throws IOException {
        Path file = StarterModel.bundled(dir).install().orElseThrow();
        long modified = Files.getLastModifiedTime(file).toMillis();
        assertThat(StarterModel.bundled(dir).install()).contains(file);
        assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(modified);
        Files.writeString(file, "truncated");
        StarterModel.bundled(dir).install();
        try (InputStream shipped = StarterModel.class.getResourceAsStream(StarterModel.RESOURCE)) {
            assertThat(Files.readAllBytes(file)).isEqualTo(shipped.readAllBytes());
        }
    }

    @Test
    void noStarterModelMeansNone() {
        assertThat(StarterModel.none().install()).isEmpty();
    }
}
