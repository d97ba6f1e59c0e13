package quatrain.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quatrain.app.TestContexts;
import quatrain.app.context.AppContext;
import quatrain.app.corpus.CorpusViewModel;
import quatrain.app.settings.SettingsStore;
import quatrain.app.settings.Theme;
import quatrain.app.settings.WindowBounds;
import quatrain.core.sample.SampleCorpus;
import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.Overrides;
import quatrain.core.spec.Presets;
import quatrain.core.spec.TrainingSpec;
import quatrain.engine.TrainedModel;
import quatrain.engine.TrainingRequest;
import quatrain.testing.HostileModels;
import quatrain.testing.TestCorpora;

class MainWindowViewModelTest {
    @TempDir
    Path dir;
    private AppContext context;
    private SettingsStore settings;
    private MainWindowViewModel model;
    private final AtomicBoolean exited = new AtomicBoolean();

    @BeforeEach
    void setUp() {
        context = TestContexts.direct(dir);
        settings = TestContexts.settings(context);
        model = create();
    }

    private MainWindowViewModel create() {
        return new MainWindowViewModel(context, settings, new CorpusViewModel(context), TestContexts::cpuOnly,
                () -> exited.set(true));
    }

    private Path text(String name) throws IOException {
        return Files.writeString(dir.resolve(name), TestCorpora.stanzas(20, name.length()));
    }

    @Test
    void startDetectsTheDeviceAndRestoringWithoutAnEarlierSessionLoadsTheSample() {
        assertThat(model.deviceProperty().get()).isEqualTo("Detecting device…");
        model.start();
        model.restoreSession();
        assertThat(model.deviceProperty().get()).isEqualTo("CPU · 2 threads · AVX2");
        assertThat(model.deviceDetailsProperty().get()).contains("built for the CPU only");
        assertThat(context.session().corpusProperty().get().name()).isEqualTo(SampleCorpus.DISPLAY_NAME);
        assertThat(model.trainingTextProperty().get()).isEqualTo("Ready");
    }

    @Test
    void recentCorporaPutTheLatestFirstWithoutDuplicates() throws IOException {
        Path a = text("a.txt");
        Path b = text("b.txt");
        model.openCorpus(a);
        model.openCorpus(b);
        model.openCorpus(a);
        assertThat(model.recentCorpora()).containsExactly(a.toString(), b.toString());
        assertThat(settings.current().recentCorpora()).containsExactly(a.toString(), b.toString());
        assertThat(settings.current().lastCorpusFolder()).isEqualTo(dir.toString());
    }

    @Test
    void aFileThatFailsToLoadIsNotRemembered() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        model.openCorpus(empty);
        assertThat(model.recentCorpora()).isEmpty();
    }

    @Test
    void aRecentFileThatIsGoneIsRemovedWithAMessage() throws IOException {
        Path a = text("a.txt");
        model.openCorpus(a);
        Files.delete(a);
        model.openRecent(a.toString(), MainWindowViewModel.RecentKind.CORPUS);
        assertThat(model.recentCorpora()).isEmpty();
        assertThat(model.errorProperty().get()).contains("no longer exists");
    }

    @Test
    void startForgetsRecentFilesThatAreGone() throws IOException {
        Path kept = text("kept.txt");
        settings.update(s -> s.withRecentCorpora(List.of(dir.resolve("gone.txt").toString(), kept.toString())));
        MainWindowViewModel fresh = create();
        fresh.start();
        assertThat(fresh.recentCorpora()).containsExactly(kept.toString());
    }

    @Test
    void clearEmptiesBothListsAndTheSettings() throws IOException {
        model.openCorpus(text("a.txt"));
        model.clearRecent();
        assertThat(model.recentCorpora()).isEmpty();
        assertThat(TestContexts.settings(context).load().recentCorpora()).isEmpty();
    }

    @Test
    void aDroppedTextBecomesTheCorpusAndADroppedModelFileIsOpened() throws IOException {
        Path a = text("a.txt");
        assertThat(model.drop(List.of(a, dir.resolve("ignored.txt")))).isEqualTo(MainWindowViewModel.Drop.CORPUS);
        assertThat(context.session().corpusProperty().get().name()).isEqualTo("a.txt");

        Path fake = Files.writeString(dir.resolve("broken.quatrain"), "not a zip");
        assertThat(model.drop(List.of(fake))).isEqualTo(MainWindowViewModel.Drop.MODEL);
        assertThat(model.errorProperty().get()).contains("broken.quatrain").contains("not a Quatrain Studio model");
        assertThat(model.busyProperty().get()).isNull();
        assertThat(context.session().modelProperty().get()).isNull();
        assertThat(model.drop(List.of())).isEqualTo(MainWindowViewModel.Drop.NOTHING);
    }

    @Test
    void savingACopyOfTheModelAddsTheExtensionAndRemembersIt() throws IOException {
        assertThat(model.canSaveModelProperty().get()).isFalse();
        Path original = Files.writeString(dir.resolve("run.quatrain"), "model bytes");
        context.session().modelProperty().set(new TrainedModel(original, null, null, null, null));
        assertThat(model.canSaveModelProperty().get()).isTrue();
        assertThat(model.suggestedModelName()).isEqualTo("run.quatrain");
        model.saveModelAs(dir.resolve("copies").resolve("best"));
        Path copy = dir.resolve("copies").resolve("best.quatrain");
        assertThat(copy).hasContent("model bytes");
        assertThat(model.recentModels()).containsExactly(copy.toString(), original.toString());
        assertThat(model.noticeProperty().get()).isEqualTo("Saved the model as best.quatrain");
    }

    @Test
    void aHostileModelFileIsRefusedInOneLineAndTheStatusLeavesOpening() {
        Path hostile = HostileModels.all(dir.resolve("hostile")).get("preprocessor-canary").file();
        model.openModel(hostile);
        assertThat(model.busyProperty().get()).isNull();
        assertThat(model.errorProperty().get()).isEqualTo("\"preprocessor-canary.quatrain\" was not opened: its network.zip"
                + " holds an entry \"preprocessor.bin\" that Quatrain Studio never writes");
        assertThat(context.session().modelProperty().get()).isNull();
        assertThat(model.recentModels()).isEmpty();
    }

    @Test
    void runningOutOfMemoryWhileOpeningLeavesOpeningWithOneLine() {
        AtomicBoolean once = new AtomicBoolean();
        MainWindowViewModel failing = new MainWindowViewModel(context, settings, new CorpusViewModel(context),
                TestContexts::cpuOnly, () -> exited.set(true), file -> {
                    if (once.compareAndSet(false, true)) {
                        throw new OutOfMemoryError("Java heap space");
                    }
                    return TrainedModel.open(file);
                });
        failing.openModel(dir.resolve("huge.quatrain"));
        assertThat(failing.busyProperty().get()).isNull();
        assertThat(failing.errorProperty().get()).isEqualTo("\"huge.quatrain\" does not fit in this program's memory:"
                + " Java heap space");
        assertThat(context.session().modelProperty().get()).isNull();
        // The app goes on: the next file opens.
        failing.openModel(HostileModels.GOLDEN.resolve("markov.quatrain"));
        assertThat(failing.busyProperty().get()).isNull();
        assertThat(context.session().modelProperty().get()).isNotNull();
    }

    @Test
    void savingWithoutAModelExplains() {
        model.saveModelAs(dir.resolve("x.quatrain"));
        assertThat(model.errorProperty().get()).startsWith("There is no model to save yet");
    }

    @Test
    void theThemeTogglesAndIsRemembered() {
        assertThat(model.themeProperty().get()).isEqualTo(Theme.LIGHT);
        model.toggleTheme();
        assertThat(model.themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(TestContexts.settings(context).load().theme()).isEqualTo(Theme.DARK);
    }

    @Test
    void exportIsUnavailableUntilAPaneProvidesIt() {
        assertThat(model.exportActionProperty().get()).isNull();
        Runnable export = () -> { };
        model.exportActionProperty().set(export);
        assertThat(model.exportActionProperty().get()).isSameAs(export);
    }

    @Test
    void quittingWhileIdleSavesTheWindowAndExitsWithoutAsking() {
        assertThat(model.quitNeedsConfirmation()).isFalse();
        model.quit(new WindowBounds(5, 6, 1000, 700, false));
        assertThat(exited).isTrue();
        assertThat(TestContexts.settings(context).load().window()).isEqualTo(new WindowBounds(5, 6, 1000, 700, false));
    }

    @Test
    void aStoppedRunIsListedAsACheckpointAndChoosingItResumesTraining() {
        ModelSpec small = Overrides.apply(Presets.get(Presets.QUATRAINS_GRU).model(),
                Map.of("units", "16", "embeddingSize", "8"));
        TrainingSpec training = Overrides.apply(Presets.get(Presets.QUATRAINS_GRU).training(),
                Map.of("batchSize", "64", "patience", "0", "sampleEvery", "0", "epochs", "3"));
        context.training().addObserver(events -> context.training().stop()); // stop after the first minibatch
        Path out = dir.resolve("models").resolve("run.quatrain");
        context.training().start(new TrainingRequest(TestCorpora.corpus(60, 2), small, training, out, null));

        assertThat(model.recentCheckpoints()).containsExactly(out.toString());
        assertThat(settings.current().recentCheckpoints()).containsExactly(out.toString());
        context.session().modelProperty().set(new TrainedModel(out, null, null, null, null));
        assertThat(model.recentModels()).isEmpty();

        List<Path> resumed = new ArrayList<>();
        model.resumeActionProperty().set(resumed::add);
        model.openRecent(out.toString(), MainWindowViewModel.RecentKind.CHECKPOINT);
        assertThat(resumed).containsExactly(out);
    }

    @Test
    void aRunThatEndedOnItsOwnIsAModelNotACheckpoint() {
        context.training().start(new TrainingRequest(TestCorpora.corpus(60, 2), Presets.get(Presets.MARKOV).model(),
                Presets.get(Presets.MARKOV).training(), dir.resolve("markov.quatrain"), null));
        assertThat(model.recentCheckpoints()).isEmpty();
    }
}
