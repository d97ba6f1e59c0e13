package quatrain.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrainedModelTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/models");

    @ParameterizedTest
    @ValueSource(strings = {"word-gru", "chars-lstm", "markov"})
    void describesItselfAsItsFileDoesWithoutTheNetwork(String name) {
        Path file = GOLDEN.resolve(name + ".quatrain");
        TrainedModel model = TrainedModel.open(file);
        assertThat(model.info()).isEqualTo(ModelFiles.readInfo(file));
    }
}
