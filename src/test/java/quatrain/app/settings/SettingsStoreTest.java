package quatrain.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.Overrides;
import quatrain.core.spec.Presets;
import quatrain.core.spec.SparkSpec;
import quatrain.core.spec.TrainingSpec;

class SettingsStoreTest {
    @TempDir
    Path dir;

    private SettingsStore store() {
        return new SettingsStore(dir.resolve("config").resolve("settings.json"), Runnable::run);
    }

    @Test
    void aMissingFileGivesTheDefaults() {
        assertThat(store().load()).isEqualTo(Settings.defaults());
    }

    @Test
    void everySettingSurvivesARoundTrip() {
        store().update(s -> s.withTheme(Theme.DARK)
                .withRecentCorpora(List.of("/texts/a.txt", "/texts/b.txt"))
                .withRecentModels(List.of("/models/m.quatrain"))
                .withWindow(new WindowBounds(10, 20, 1200, 780, true))
                .withLastCorpusFolder("/texts")
                .withLastModelFolder("/models")
                .withDevice(DeviceChoice.CPU)
                .withMeasuredFlops(Map.of("quatrains-gru@CPU", 3.5e9))
                .withDevice(DeviceChoice.SPARK)
                .withSpark(new SparkSettings("spark://10.0.0.5:7077", 2, "3g", 6)));
        Settings read = store().load();
        assertThat(read.theme()).isEqualTo(Theme.DARK);
        assertThat(read.recentCorpora()).containsExactly("/texts/a.txt", "/texts/b.txt");
        assertThat(read.recentModels()).containsExactly("/models/m.quatrain");
        assertThat(read.window()).isEqualTo(new WindowBounds(10, 20, 1200, 780, true));
        assertThat(read.lastCorpusFolder()).isEqualTo("/texts");
        assertThat(read.lastModelFolder()).isEqualTo("/models");
        assertThat(read.device()).isEqualTo(DeviceChoice.SPARK);
        assertThat(read.spark()).isEqualTo(new SparkSettings("spark://10.0.0.5:7077", 2, "3g", 6));
        assertThat(read.measuredFlops()).containsEntry("quatrains-gru@CPU", 3.5e9);
    }

    @Test
    void theFirstStartWindowWithoutAPositionRoundTrips() {
        store().update(s -> s.withWindow(WindowBounds.defaults()));
        assertThat(store().load().window().hasPosition()).isFalse();
    }

    @Test
    void aDamagedFileGivesTheDefaultsInsteadOfFailing() throws IOException {
        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("config").resolve("settings.json"), "{\"theme\": \"DARK\", \"recentCorp");
        assertThat(store().load()).isEqualTo(Settings.defaults());
    }

    @Test
    void unknownKeysAndValuesFallBackPerSetting() throws IOException {
        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("config").resolve("settings.json"),
                "{\"theme\": \"SEPIA\", \"fontSize\": 14, \"recentCorpora\": [\"/a.txt\"], \"window\": {\"width\": 10}}");
        Settings s = store().load();
        assertThat(s.theme()).isEqualTo(Theme.LIGHT);
        assertThat(s.recentCorpora()).containsExactly("/a.txt");
        assertThat(s.window()).isEqualTo(WindowBounds.defaults());
    }

    @Test
    void sparkSettingsMissingFromAnOlderFileOrHalfWrittenGetTheirDefaults() throws IOException {
        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("config").resolve("settings.json"), "{\"device\": \"SPARK\"}");
        assertThat(store().load().spark()).isEqualTo(SparkSettings.defaults());
        Files.writeString(dir.resolve("config").resolve("settings.json"),
                "{\"spark\": {\"masterUrl\": \"yarn\", \"executorCores\": 0}}");
        assertThat(store().load().spark()).isEqualTo(new SparkSettings("yarn", 1, "2g", 2));
        Files.writeString(dir.resolve("config").resolve("settings.json"),
                "{\"spark\": {\"averagingFrequency\": 0, \"batchSizePerWorker\": 16, \"prefetch\": 99}}");
        assertThat(store().load().spark().averaging()).as("impossible values get their defaults, the rest is kept")
                .isEqualTo(new SparkSpec(5, 16, 2, 0));
    }

    @Test
    void savingLeavesNoTemporaryFilesBehind() throws IOException {
        store().update(s -> s.withTheme(Theme.DARK));
        try (var files = Files.list(dir.resolve("config"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("settings.json");
        }
    }

    @Test
    void theSessionAndTheCheckpointsSurviveARoundTrip() {
        ModelSpec model = Overrides.apply(Presets.get(Presets.QUATRAINS_GRU).model(), Map.of("units", "64"));
        TrainingSpec training = Presets.get(Presets.QUATRAINS_GRU).training().withEpochs(7);
        store().update(s -> s.withRecentCheckpoints(List.of("/models/stopped.quatrain"))
                .withSession(SessionSettings.NONE.withCorpusFile("/texts/poems.txt").withModelFile("/models/m.quatrain")
                        .withPane("Generate").withSpecs(model, training)));
        Settings read = store().load();
        assertThat(read.recentCheckpoints()).containsExactly("/models/stopped.quatrain");
        assertThat(read.session().corpusFile()).isEqualTo("/texts/poems.txt");
        assertThat(read.session().modelFile()).isEqualTo("/models/m.quatrain");
        assertThat(read.session().pane()).isEqualTo("Generate");
        assertThat(read.session().restoredModelSpec()).contains(model);
        assertThat(read.session().restoredTrainingSpec()).contains(training);
    }

    @Test
    void aFileFromBeforeTheSessionWasRememberedStillLoads() throws IOException {
        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("config").resolve("settings.json"),
                "{\"theme\": \"DARK\", \"recentModels\": [\"/m.quatrain\"], \"device\": \"CPU\"}");
        Settings s = store().load();
        assertThat(s.theme()).isEqualTo(Theme.DARK);
        assertThat(s.recentModels()).containsExactly("/m.quatrain");
        assertThat(s.recentCheckpoints()).isEmpty();
        assertThat(s.session()).isEqualTo(SessionSettings.NONE);
    }

    @Test
    void aRememberedSpecThisVersionRefusesCostsOnlyThatSpec() throws IOException {
        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("config").resolve("settings.json"), "{\"theme\": \"DARK\", \"session\": {"
                + "\"corpusFile\": \"/texts/poems.txt\", \"modelSpec\": {\"preset\": \"quatrains-gru\", \"units\": -3},"
                + " \"trainingSpec\": {\"epochs\": 0}}}");
        Settings s = store().load();
        assertThat(s.theme()).isEqualTo(Theme.DARK);
        assertThat(s.session().corpusFile()).isEqualTo("/texts/poems.txt");
        assertThat(s.session().restoredModelSpec()).isEmpty();
        assertThat(s.session().restoredTrainingSpec()).isEmpty();
    }
}
