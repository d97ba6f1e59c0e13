package quatrain.app.trainingui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quatrain.app.TestContexts;
import quatrain.app.UiDispatcher;
import quatrain.app.context.AppContext;
import quatrain.app.context.Session;
import quatrain.app.service.TrainingService;
import quatrain.app.trainingui.TrainingUiViewModel.State;
import quatrain.core.QuatrainException;
import quatrain.core.spec.Preset;
import quatrain.core.spec.Presets;
import quatrain.core.training.StopReason;
import quatrain.core.training.TrainingEvent;
import quatrain.core.training.TrainingListener;
import quatrain.engine.Trainer;
import quatrain.engine.TrainingRequest;
import quatrain.engine.TrainingResult;
import quatrain.testing.TestCorpora;

/** The tab's logic without the FX toolkit: same-thread executor and dispatcher, a fake server. */
class TrainingUiViewModelTest {
    private static final String OLD = "20250101-100000-tiny-quatrains-gru";
    private static final String NEWER = "20250102-100000-tiny-chars-lstm";

    @TempDir
    Path dir;
    private final FakeUiServer server = new FakeUiServer().add(OLD, 2048).add(NEWER, 4096);
    private final List<Path> startedIn = new ArrayList<>();
    private final List<String> opened = new ArrayList<>();
    private final BrowserOpener browser = url -> {
        opened.add(url);
        return CompletableFuture.completedFuture(null);
    };
    private final Trainer trainer = mock(Trainer.class);
    private AppContext context;

    private final long[] now = {0};

    private TrainingUiViewModel viewModel(Function<Path, UiServer> starter, BrowserOpener browser) {
        context = new AppContext(TestContexts.dirs(dir), Runnable::run, UiDispatcher.DIRECT, new Session(),
                new TrainingService(Runnable::run, UiDispatcher.DIRECT, trainer));
        return new TrainingUiViewModel(context, runsDir -> {
            startedIn.add(runsDir);
            return starter.apply(runsDir);
        }, browser, new LiveRun(() -> now[0]));
    }

    private TrainingUiViewModel viewModel(UiServer answer) {
        return viewModel(runsDir -> answer, browser);
    }

    private TrainingUiViewModel failing(RuntimeException e) {
        return viewModel(runsDir -> {
            throw e;
        }, browser);
    }

    @Test
    void nothingStartsUntilTheTabIsShown() {
        TrainingUiViewModel vm = viewModel(server);
        assertThat(startedIn).isEmpty();
        assertThat(vm.stateProperty().get()).isEqualTo(State.NOT_STARTED);
        assertThat(vm.navigationProperty().get()).isNull();
    }

    @Test
    void showingTheTabStartsTheServerOnTheRunsFolderAndShowsTheNewestRunsOverview() {
        TrainingUiViewModel vm = viewModel(server);
        vm.activate();
        assertThat(startedIn).containsExactly(TestContexts.dirs(dir).runs());
        assertThat(vm.stateProperty().get()).isEqualTo(State.READY);
        assertThat(vm.messageProperty().get()).isNull();
        assertThat(vm.runs()).extracting(RunChoice::label).containsExactly(
                "2025-01-02 10:00:00 · tiny · chars-lstm · 4.0 KB",
                "2025-01-01 10:00:00 · tiny · quatrains-gru · 2.0 KB");
        assertThat(vm.selectedRunProperty().get().id()).isEqualTo(NEWER);
        assertThat(server.selected).containsExactly(NEWER);
        assertThat(vm.navigationProperty().get().url()).isEqualTo(FakeUiServer.ADDRESS + "/train/overview");
        vm.activate();
        assertThat(startedIn).hasSize(1);
    }

    @Test
    void aServerThatCannotStartIsExplainedInTheTabAndRefreshTriesAgain() {
        TrainingUiViewModel vm = viewModel(runsDir -> {
            if (startedIn.size() == 1) {
                throw new QuatrainException("The training UI could not start: Address already in use");
            }
            return server;
        }, browser);
        vm.activate();
        assertThat(vm.stateProperty().get()).isEqualTo(State.FAILED);
        assertThat(vm.messageProperty().get()).isEqualTo("The training UI could not start: Address already in use."
                + " Everything else works as usual; Refresh tries again.");
        assertThat(vm.problemProperty().get()).isTrue();
        assertThat(vm.navigationProperty().get()).isNull();
        vm.refresh();
        assertThat(vm.stateProperty().get()).isEqualTo(State.READY);
        assertThat(vm.messageProperty().get()).isNull();
        assertThat(vm.problemProperty().get()).isFalse();
        assertThat(vm.navigationProperty().get()).isNotNull();
    }

    @Test
    void anUnexpectedStartFailureIsNamedToo() {
        TrainingUiViewModel vm = failing(new IllegalStateException("no sockets"));
        vm.activate();
        assertThat(vm.stateProperty().get()).isEqualTo(State.FAILED);
        assertThat(vm.messageProperty().get()).startsWith("The training UI could not start: no sockets");
    }

    @Test
    void withoutRunsTheTabSaysHowOneIsRecorded() {
        TrainingUiViewModel vm = viewModel(new FakeUiServer());
        vm.activate();
        assertThat(vm.runs()).isEmpty();
        assertThat(vm.selectedRunProperty().get()).isNull();
        assertThat(vm.messageProperty().get()).startsWith("No training runs yet");
        assertThat(vm.problemProperty().get()).as("information, not a failure").isFalse();
        assertThat(vm.navigationProperty().get().url()).endsWith("/train/overview");
    }

    @Test
    void selectingARunSelectsItOnTheServerAndReloadsThePage() {
        TrainingUiViewModel vm = viewModel(server);
        vm.activate();
        long before = vm.navigationProperty().get().serial();
        vm.select(vm.runs().get(1));
        assertThat(server.selected).containsExactly(NEWER, OLD);
        assertThat(vm.selectedRunProperty().get().id()).isEqualTo(OLD);
        assertThat(vm.navigationProperty().get().serial()).isGreaterThan(before);
        assertThat(vm.navigationProperty().get().url()).isEqualTo(FakeUiServer.ADDRESS + "/train/overview");
        vm.select(vm.runs().get(1));
        assertThat(server.selected).as("the run shown already").hasSize(2);
    }

    @Test
    void aRunTheServerRefusesKeepsThePreviousOneAndSaysWhy() {
        TrainingUiViewModel vm = viewModel(server);
        vm.activate();
        server.unknown.add(OLD);
        vm.select(vm.runs().get(1));
        assertThat(vm.selectedRunProperty().get().id()).isEqualTo(NEWER);
        assertThat(vm.messageProperty().get()).startsWith("Could not show the run 2025-01-01 10:00:00")
                .contains("does not know run " + OLD);
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void pageButtonsNavigateAndThePagesOwnMenuIsFollowed() {
        TrainingUiViewModel vm = viewModel(server);
        vm.activate();
        vm.show(Page.MODEL);
        assertThat(vm.navigationProperty().get().url()).isEqualTo(FakeUiServer.ADDRESS + "/train/model");
        TrainingUiViewModel.Navigation nav = vm.navigationProperty().get();
        vm.pageShown(FakeUiServer.ADDRESS + "/train/system");
        assertThat(vm.pageProperty().get()).isEqualTo(Page.SYSTEM);
        assertThat(vm.navigationProperty().get()).isSameAs(nav);
        vm.select(vm.runs().get(1));
        assertThat(vm.navigationProperty().get().url()).isEqualTo(FakeUiServer.ADDRESS + "/train/system");
    }

    @Test
    void openInBrowserStartsTheServerIfNeededAndOpensThePageShown() {
        TrainingUiViewModel vm = viewModel(server);
        vm.openInBrowser();
        assertThat(startedIn).hasSize(1);
        assertThat(opened).containsExactly(FakeUiServer.ADDRESS + "/train/overview");
        vm.show(Page.MODEL);
        vm.openInBrowser();
        assertThat(opened).last().isEqualTo(FakeUiServer.ADDRESS + "/train/model");
        assertThat(startedIn).hasSize(1);
    }

    @Test
    void withoutABrowserTheAddressIsOfferedToCopy() {
        TrainingUiViewModel vm = viewModel(runsDir -> server,
                url -> CompletableFuture.failedFuture(
                        new QuatrainException("xdg-open could not open a browser (exit 3)")));
        vm.openInBrowser();
        assertThat(vm.unopenedPageProperty().get()).isEqualTo(new TrainingUiViewModel.UnopenedPage(
                FakeUiServer.ADDRESS + "/train/overview",
                "No browser opened the page (xdg-open could not open a browser (exit 3))."
                        + " Open this address in a browser:"));
        vm.dismissUnopenedPage();
        assertThat(vm.unopenedPageProperty().get()).isNull();
    }

    @Test
    void anOpenerThatThrowsOffersTheAddressToo() {
        TrainingUiViewModel vm = viewModel(runsDir -> server, url -> {
            throw new UnsupportedOperationException("no desktop");
        });
        vm.openInBrowser();
        assertThat(vm.unopenedPageProperty().get().url()).isEqualTo(FakeUiServer.ADDRESS + "/train/overview");
        assertThat(vm.unopenedPageProperty().get().reason()).contains("no desktop");
    }

    @Test
    void aBrowserThatOpensThePageLeavesNoAddressBehind() {
        TrainingUiViewModel vm = viewModel(server);
        vm.openInBrowser();
        assertThat(opened).hasSize(1);
        assertThat(vm.unopenedPageProperty().get()).isNull();
    }

    @Test
    void aRunStartedInTheAppIsListedAndShownOnceTheServerKnowsIt() {
        String live = "20250103-100000-tiny-quatrains-gru";
        TrainingUiViewModel vm = viewModel(server);
        vm.activate();
        when(trainer.train(any(), any(), any())).thenAnswer(call -> {
            TrainingListener events = call.getArgument(1);
            server.add(live, 100);
            server.unknown.add(live); // the file exists, its first report is not written yet
            events.onEvent(new TrainingEvent.BatchEnd(1, 1, 10, 1, 3.0, 100, 0.1));
            assertThat(vm.runs()).extracting(RunChoice::id).contains(live);
            assertThat(vm.selectedRunProperty().get().id()).isEqualTo(NEWER);
            server.unknown.clear();
            events.onEvent(new TrainingEvent.BatchEnd(1, 2, 10, 2, 2.9, 100, 0.2));
            assertThat(vm.selectedRunProperty().get().id()).as("not looked for again so soon").isEqualTo(NEWER);
            now[0] += LiveRun.INTERVAL_NANOS;
            events.onEvent(new TrainingEvent.BatchEnd(1, 3, 10, 3, 2.8, 100, 0.3));
            return null;
        });
        Preset gru = Presets.get(Presets.QUATRAINS_GRU);
        context.training().start(new TrainingRequest(TestCorpora.corpus(10, 1), gru.model(), gru.training(),
                dir.resolve("m.quatrain"), null));
        assertThat(vm.selectedRunProperty().get().id()).isEqualTo(live);
        assertThat(server.selected).containsExactly(NEWER, live);
        assertThat(vm.runs()).first().extracting(RunChoice::id).isEqualTo(live);
    }

    private static final TrainingResult COMPLETED = new TrainingResult(Path.of("m.quatrain"), StopReason.COMPLETED,
            List.of(), null);

    /** A view model whose training service records its runs in the runs folder, as the app's does. */
    private TrainingUiViewModel recordingViewModel() {
        context = new AppContext(TestContexts.dirs(dir), Runnable::run, UiDispatcher.DIRECT, new Session(),
                new TrainingService(Runnable::run, UiDispatcher.DIRECT, trainer, TestContexts.dirs(dir).runs()));
        return new TrainingUiViewModel(context, runsDir -> server, browser, new LiveRun(() -> now[0]));
    }

    /** Trains on this thread; an assertion that fails inside the trainer's answer fails the test. */
    private void train() {
        Preset gru = Presets.get(Presets.QUATRAINS_GRU);
        context.training().start(new TrainingRequest(TestCorpora.corpus(10, 1), gru.model(), gru.training(),
                dir.resolve("m.quatrain"), null)).join();
    }

    @Test
    void theRunTrainingHereIsListedAndChosenFromItsStartBeforeItsFirstReport() {
        TrainingUiViewModel vm = recordingViewModel();
        vm.activate();
        String[] live = new String[1];
        when(trainer.train(any(), any(), any())).thenAnswer(call -> {
            TrainingRequest recorded = call.getArgument(0);
            live[0] = recorded.statsFile().getFileName().toString().replace(".dl4j", "");
            // No file yet, so neither the folder nor the server knows the run.
            assertThat(vm.runs()).first().satisfies(r -> {
                assertThat(r.id()).isEqualTo(live[0]);
                assertThat(r.label()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d · tiny · quatrains-gru"
                        + " · training now");
            });
            assertThat(vm.runs()).hasSize(3);
            assertThat(vm.selectedRunProperty().get().id()).isEqualTo(live[0]);
            assertThat(vm.messageProperty().get()).isEqualTo(TrainingUiViewModel.FIRST_REPORT);
            assertThat(vm.problemProperty().get()).isFalse();
            // Its first report is written: the next look shows it.
            server.add(live[0], 100);
            now[0] += LiveRun.INTERVAL_NANOS;
            TrainingListener events = call.getArgument(1);
            events.onEvent(new TrainingEvent.BatchEnd(1, 10, 10, 10, 3.0, 100, 1));
            assertThat(server.selected).containsExactly(NEWER, live[0]);
            assertThat(vm.messageProperty().get()).isNull();
            assertThat(vm.runs()).first().extracting(RunChoice::label).asString().endsWith("training now");
            return COMPLETED;
        });
        train();
        assertThat(vm.runs()).first().satisfies(r -> {
            assertThat(r.id()).isEqualTo(live[0]);
            assertThat(r.label()).endsWith("· 100 B").doesNotContain("training now");
        });
        assertThat(vm.selectedRunProperty().get().id()).isEqualTo(live[0]);
    }

    @Test
    void aTabFirstShownWhileTrainingListsTheRunningRunWithoutAnError() {
        TrainingUiViewModel vm = recordingViewModel();
        when(trainer.train(any(), any(), any())).thenAnswer(call -> {
            TrainingRequest recorded = call.getArgument(0);
            String live = recorded.statsFile().getFileName().toString().replace(".dl4j", "");
            server.unknown.add(live);
            vm.activate();
            assertThat(vm.runs()).extracting(RunChoice::id).containsExactly(live, NEWER, OLD);
            assertThat(vm.selectedRunProperty().get().id()).isEqualTo(live);
            assertThat(vm.messageProperty().get()).isEqualTo(TrainingUiViewModel.FIRST_REPORT);
            assertThat(vm.problemProperty().get()).isFalse();
            assertThat(vm.navigationProperty().get()).isNotNull();
            return COMPLETED;
        });
        train();
        assertThat(vm.messageProperty().get()).isNull();
    }

    @Test
    void scriptErrorsAreCountedAndSummedUpInOneLine() {
        TrainingUiViewModel vm = viewModel(server);
        assertThat(vm.scriptErrorTextProperty().get()).isEmpty();
        vm.scriptError("TypeError: x is undefined");
        assertThat(vm.scriptErrorTextProperty().get()).isEqualTo("1 script error (see log)");
        vm.scriptError("console.error: broken");
        assertThat(vm.scriptErrorsProperty().get()).isEqualTo(2);
        assertThat(vm.scriptErrorTextProperty().get()).isEqualTo("2 script errors (see log)");
    }

    @Test
    void closeStopsTheServerOnce() {
        TrainingUiViewModel vm = viewModel(server);
        vm.close();
        assertThat(server.closed).as("never started").isZero();
        vm = viewModel(server);
        vm.activate();
        vm.close();
        vm.close();
        assertThat(server.closed).isEqualTo(1);
    }

    @Test
    void aServerThatFinishesStartingAfterTheAppClosedIsStoppedAtOnce() {
        List<Runnable> background = new ArrayList<>();
        context = new AppContext(TestContexts.dirs(dir), background::add, UiDispatcher.DIRECT, new Session(),
                new TrainingService(Runnable::run, UiDispatcher.DIRECT, trainer));
        TrainingUiViewModel vm = new TrainingUiViewModel(context, runsDir -> server, browser);
        vm.activate();
        assertThat(vm.stateProperty().get()).isEqualTo(State.STARTING);
        vm.close();
        background.forEach(Runnable::run);
        assertThat(server.closed).isEqualTo(1);
        assertThat(vm.stateProperty().get()).isNotEqualTo(State.READY);
    }

    @Test
    void theWebViewKeepsItsFilesInTheAppsDataFolder() {
        assertThat(viewModel(server).webDataDirectory()).isEqualTo(TestContexts.dirs(dir).data().resolve("webview"));
    }
}
