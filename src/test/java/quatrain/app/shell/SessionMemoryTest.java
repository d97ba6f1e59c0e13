package quatrain.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quatrain.app.TestContexts;
import quatrain.app.context.AppContext;
import quatrain.app.corpus.CorpusViewModel;
import quatrain.app.settings.SettingsStore;
import quatrain.core.sample.SampleCorpus;
import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.Overrides;
import quatrain.core.spec.Presets;
import quatrain.engine.TrainedModel;
import quatrain.testing.TestCorpora;

/** Two app starts in one test: each builds its own context and view model over the same settings folder. */
class SessionMemoryTest {
    /** Stands in for reading a model file (no ND4J): a model that only knows its file. */
    private static final Function<Path, TrainedModel> OPENER = file -> new TrainedModel(file, null, null, null, null);

    @TempDir
    Path dir;
    private Path starterFile;

    /** One start of the app: the settings are read, the panes' view models built, nothing else. */
    private record Start(AppContext context, SettingsStore settings, MainWindowViewModel model) {
    }

    private Start start() {
        AppContext context = TestContexts.direct(dir);
        SettingsStore settings = TestContexts.settings(context);
        settings.load();
        SessionMemory.restoreSpecs(context.session(), settings.current().session());
        StarterModel starter = () -> Optional.ofNullable(starterFile);
        MainWindowViewModel model = new MainWindowViewModel(context, settings, new CorpusViewModel(context),
                TestContexts::cpuOnly, () -> { }, OPENER, starter);
        model.start();
        return new Start(context, settings, model);
    }

    private Path text(String name) throws IOException {
        return Files.writeString(dir.resolve(name), TestCorpora.stanzas(20, 3));
    }

    private Path modelFile(String name) throws IOException {
        return Files.writeString(dir.resolve(name), "model");
    }

    @Test
    void nothingIsReadUntilTheWindowAsksForTheSession() {
        Start first = start();
        assertThat(first.context().session().corpusProperty().get()).isNull();
        assertThat(first.context().session().modelProperty().get()).isNull();
        first.model().restoreSession();
        assertThat(first.context().session().corpusProperty().get().name()).isEqualTo(SampleCorpus.DISPLAY_NAME);
    }

    @Test
    void theCorpusTheModelTheSettingsAndThePaneComeBackAfterARestart() throws IOException {
        Path poems = text("poems.txt");
        Path model = modelFile("mine.quatrain");
        ModelSpec changed = Overrides.apply(Presets.get(Presets.QUATRAINS_GRU).model(), Map.of("units", "96"));
        Start first = start();
        first.model().restoreSession();
        first.model().openCorpus(poems);
        first.model().openModel(model);
        first.context().session().modelSpecProperty().set(changed);
        first.context().session().trainingSpecProperty().set(Presets.get(Presets.QUATRAINS_GRU).training().withEpochs(7));
        first.model().paneShown("Generate");
        first.model().quit(null);

        Start second = start();
        assertThat(second.context().session().modelSpecProperty().get()).isEqualTo(changed);
        assertThat(second.context().session().trainingSpecProperty().get().epochs()).isEqualTo(7);
        assertThat(second.model().rememberedPane()).isEqualTo("Generate");
        second.model().restoreSession();
        assertThat(second.context().session().corpusFileProperty().get()).isEqualTo(poems);
        assertThat(second.context().session().corpusProperty().get().name()).isEqualTo("poems.txt");
        assertThat(second.context().session().modelProperty().get().file()).isEqualTo(model);
        assertThat(second.model().noticeProperty().get()).isNull();
    }

    @Test
    void aCorpusAndAModelThatAreGoneGetANoteAndTheSampleAndStarterStandIn() throws IOException {
        Path poems = text("poems.txt");
        Path model = modelFile("mine.quatrain");
        starterFile = modelFile("starter.quatrain");
        Start first = start();
        first.model().openCorpus(poems);
        first.model().openModel(model);
        first.model().quit(null);
        Files.delete(poems);
        Files.delete(model);

        Start second = start();
        second.model().restoreSession();
        assertThat(second.model().errorProperty().get()).isNull();
        assertThat(second.context().session().corpusProperty().get().name()).isEqualTo(SampleCorpus.DISPLAY_NAME);
        assertThat(second.context().session().modelProperty().get().file()).isEqualTo(starterFile);
        assertThat(second.model().noticeProperty().get()).isEqualTo("The corpus poems.txt is no longer at " + dir
                + "; the sample corpus is loaded instead. The model mine.quatrain is no longer at " + dir
                + "; the starter model is loaded instead.");
        assertThat(second.settings().current().session().corpusFile()).isNull();
    }

    @Test
    void aCorpusThatNoLongerReadsGivesWayToTheSample() throws IOException {
        Path poems = text("poems.txt");
        Start first = start();
        first.model().openCorpus(poems);
        first.model().quit(null);
        Files.writeString(poems, "");

        Start second = start();
        second.model().restoreSession();
        assertThat(second.context().session().corpusProperty().get().name()).isEqualTo(SampleCorpus.DISPLAY_NAME);
        assertThat(second.model().noticeProperty().get()).startsWith("The corpus poems.txt could not be read (")
                .endsWith("; the sample corpus is loaded instead.");
    }

    @Test
    void theFirstStartLoadsTheStarterModel() throws IOException {
        starterFile = modelFile("starter.quatrain");
        Start first = start();
        first.model().restoreSession();
        assertThat(first.context().session().modelProperty().get().file()).isEqualTo(starterFile);
        assertThat(first.model().noticeProperty().get()).isNull();
    }

    @Test
    void aModelOpenedWhileTheSessionLoadsIsKept() throws IOException {
        starterFile = modelFile("starter.quatrain");
        Path given = modelFile("double-clicked.quatrain");
        Start first = start();
        first.model().openModel(given);
        first.model().restoreSession();
        assertThat(first.context().session().modelProperty().get().file()).isEqualTo(given);
    }
}
