package quatrain.app.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import quatrain.app.Notice;
import quatrain.app.TestContexts;
import quatrain.app.TestDrivers;
import quatrain.app.UiDispatcher;
import quatrain.app.context.AppContext;
import quatrain.app.service.TrainingStatus;
import quatrain.app.settings.SparkSettings;
import quatrain.app.spark.SparkLauncher;
import quatrain.app.spark.SparkTarget;
import quatrain.core.corpus.Corpus;
import quatrain.core.corpus.CorpusLoader;
import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.Overrides;
import quatrain.core.spec.Presets;
import quatrain.core.spec.SparkSpec;
import quatrain.core.spec.TrainingSpec;
import quatrain.core.training.TrainingEvent;
import quatrain.testing.TestCorpora;

/**
 * Train with "Spark cluster" chosen, without the FX toolkit: the view model starts a real process through the
 * launcher seam ({@link TestDrivers#localTrain}: {@code quatrain train --json} in place of {@code spark-train}) on
 * the same thread, reads its events back and shows them as it shows a local run's.
 */
@Timeout(180)
class SparkRunTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T10:15:00Z"), ZoneOffset.UTC);
    static final String RUN_ID = "tiny-quatrains-gru-20250301-101500";
    static final ModelSpec SMALL = Overrides.apply(Presets.get(Presets.QUATRAINS_GRU).model(),
            Map.of("units", "16", "embeddingSize", "8"));

    @TempDir
    Path dir;
    private final Corpus corpus = TestCorpora.corpus(120, 5);
    private Set<ProcessHandle> before;
    private AppContext context;
    private TrainingViewModel vm;

    @BeforeEach
    void rememberProcesses() {
        before = ProcessHandle.current().descendants().collect(Collectors.toSet());
    }

    /** Whatever a failed test left running is stopped by PID. */
    @AfterEach
    void stopLeftovers() {
        ProcessHandle.current().descendants().filter(p -> !before.contains(p)).forEach(ProcessHandle::destroyForcibly);
    }

    private void viewModel(SparkLauncher launcher, SparkSettings spark, int epochs) {
        context = TestContexts.of(dir, Runnable::run, UiDispatcher.DIRECT, launcher);
        context.session().corpusProperty().set(corpus);
        context.session().modelSpecProperty().set(SMALL);
        context.session().trainingSpecProperty().set(training(epochs));
        context.session().sparkTargetProperty().set(new SparkTarget(spark, null));
        vm = new TrainingViewModel(context, CLOCK);
    }

    private static TrainingSpec training(int epochs) {
        return Overrides.apply(Presets.get(Presets.QUATRAINS_GRU).training(), Map.of("epochs", Integer.toString(epochs),
                "batchSize", "64", "patience", "0", "sampleEvery", "1"));
    }

    private Path model() {
        return context.dirs().models().resolve(RUN_ID + ".quatrain");
    }

    private int epochPoints() {
        return vm.charts().linesProperty(ChartKind.LOSS).get().stream()
                .filter(l -> l.role() == PlotLine.Role.EPOCH).mapToInt(PlotLine::size).max().orElse(0);
    }

    /** A launcher that records what the app asked for and starts a process that reports nothing. */
    private static final class Recording implements SparkLauncher {
        final List<List<String>> arguments = new ArrayList<>();
        final List<Map<String, String>> properties = new ArrayList<>();

        @Override
        public List<String> command(List<String> args, Map<String, String> sparkProperties) {
            arguments.add(args);
            properties.add(sparkProperties);
            return List.of("true");
        }

        @Override
        public Optional<String> unavailable() {
            return Optional.empty();
        }
    }

    @Test
    void theDriversCommandLineCarriesEverySettingTheCorpusAndTheExecutors() throws IOException {
        Recording launcher = new Recording();
        try (ServerSocket master = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String url = "spark://127.0.0.1:" + master.getLocalPort();
            viewModel(launcher, new SparkSettings(url, 2, "3g", 6, 3, 32, 1), 7);
            vm.train();

            List<String> args = launcher.arguments.get(0);
            assertThat(args.subList(0, 7)).containsExactly("spark-train", "--master", url, "--corpus",
                    args.get(4), "--preset", "quatrains-gru");
            assertThat(args.subList(args.size() - 5, args.size())).containsExactly("--out", model().toString(),
                    "--runs", context.dirs().runs().toString(), "--json");
            Map<String, String> set = new LinkedHashMap<>();
            for (int i = 0; i < args.size(); i++) {
                if (args.get(i).equals("--set")) {
                    String[] kv = args.get(i + 1).split("=", 2);
                    set.put(kv[0], kv[1]);
                }
            }
            List<String> everySetting = Stream.of(Overrides.keys(SMALL), Overrides.keys(training(7)),
                    Overrides.keys(SparkSpec.defaults())).flatMap(List::stream).filter(k -> !k.equals("preset")).toList();
            assertThat(set.keySet()).containsExactlyElementsOf(everySetting);
            assertThat(set).containsEntry("units", "16").containsEntry("embeddingSize", "8").containsEntry("epochs", "7")
                    .containsEntry("l2", "0.00001").containsEntry("gloveFile", "").containsEntry("kind", "GRU")
                    .containsEntry("averagingFrequency", "3").containsEntry("batchSizePerWorker", "32")
                    .containsEntry("prefetch", "1").containsEntry("workers", "0");
            // What the driver is told is what the pane shows: the same settings read back give the same specs.
            Map<String, String> modelSet = new LinkedHashMap<>(set);
            modelSet.keySet().retainAll(Overrides.keys(SMALL));
            assertThat(Overrides.apply(Presets.get(Presets.QUATRAINS_GRU).model(), modelSet)).isEqualTo(SMALL);

            // The corpus has no file: it was written where the driver can read it, and reads back the same.
            Path written = Path.of(args.get(4));
            assertThat(written).startsWith(context.dirs().data().resolve(TrainingViewModel.SPARK_CORPORA));
            assertThat(new CorpusLoader().load(written).documents()).isEqualTo(corpus.documents());
            assertThat(launcher.properties.get(0)).containsExactly(Map.entry("spark.executor.cores", "2"),
                    Map.entry("spark.executor.memory", "3g"), Map.entry("spark.cores.max", "6"));
        }
        // The stand-in printed nothing and ended: a failure in words, not a hang.
        assertThat(vm.statusProperty().get()).isEqualTo(TrainingStatus.FAILED);
        assertThat(vm.noticeProperty().get().text()).startsWith("The training process ended with exit code 0");
    }

    @Test
    void aCorpusWithAFileIsReadFromItAndLocalModeSizesNoExecutors() throws IOException {
        Recording launcher = new Recording();
        viewModel(launcher, SparkSettings.defaults(), 1);
        Path file = Files.writeString(dir.resolve("poems.txt"), TestCorpora.stanzas(10, 1));
        context.session().corpusFileProperty().set(file);
        vm.train();
        assertThat(launcher.arguments.get(0)).containsSequence("--corpus", file.toAbsolutePath().toString());
        assertThat(launcher.properties.get(0)).isEmpty();
    }

    @Test
    void eventsReadBackFromTheDriverDriveTheChartsAndTheModelOpensForGeneration() {
        TestDrivers drivers = TestDrivers.localTrain(dir.resolve("drivers"));
        viewModel(drivers, SparkSettings.defaults(), 2);
        List<Boolean> pausableWhileRunning = new ArrayList<>();
        context.training().addObserver(events -> pausableWhileRunning.add(vm.canPauseProperty().get()));

        vm.train();

        assertThat(drivers.arguments()).singleElement().satisfies(a -> assertThat(a).startsWith("spark-train",
                "--master", "local[2]"));
        assertThat(epochPoints()).isEqualTo(2);
        assertThat(vm.progress().epochTextProperty().get()).isEqualTo("2 epochs done");
        assertThat(vm.samples()).isNotEmpty();
        assertThat(vm.statusProperty().get()).isEqualTo(TrainingStatus.FINISHED);
        assertThat(vm.noticeProperty().get().title()).isEqualTo("Model ready");
        assertThat(vm.noticeProperty().get().text()).startsWith("Training complete after 2 epochs")
                .contains(model().toString());
        assertThat(context.session().modelProperty().get()).isNotNull();
        assertThat(context.session().modelProperty().get().file()).isEqualTo(model());
        assertThat(pausableWhileRunning).isNotEmpty().containsOnly(false);
        assertThat(vm.pauseNoteProperty().get()).isEqualTo(TrainingViewModel.NO_PAUSE);
    }

    @Test
    void stopSendsTermAndTheRunEndsStoppedWithItsSavedFile() {
        viewModel(TestDrivers.localTrain(dir.resolve("drivers")), SparkSettings.defaults(), 500);
        List<TrainingStatus> afterStop = new ArrayList<>();
        context.training().addObserver(events -> {
            if (afterStop.isEmpty() && events.stream().anyMatch(TrainingEvent.EpochEnd.class::isInstance)) {
                vm.stop();
                afterStop.add(vm.statusProperty().get());
            }
        });

        vm.train();

        assertThat(afterStop).containsExactly(TrainingStatus.STOPPING);
        assertThat(vm.statusProperty().get()).isEqualTo(TrainingStatus.STOPPED);
        assertThat(vm.statusTextProperty().get()).isEqualTo("Stopped");
        Notice notice = vm.noticeProperty().get();
        assertThat(notice.title()).isEqualTo("Model ready");
        assertThat(notice.text()).startsWith("Stopped after ").contains("Model saved to " + model());
        assertThat(model()).isRegularFile();
        assertThat(epochPoints()).isBetween(1, 3);
    }

    @Test
    void aDriverThatFailsShowsItsErrorLineWithinThirtySeconds() {
        viewModel(TestDrivers.localTrain(dir.resolve("drivers")), SparkSettings.defaults(), 2);
        context.session().corpusFileProperty().set(dir.resolve("gone.txt"));
        long start = System.nanoTime();

        vm.train();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        assertThat(vm.statusProperty().get()).isEqualTo(TrainingStatus.FAILED);
        assertThat(vm.noticeProperty().get().title()).isEqualTo("Training failed");
        assertThat(vm.noticeProperty().get().text()).contains("gone.txt").doesNotStartWith("error:");
        assertThat(model()).doesNotExist();
        // Nothing was charted, so nothing is kept to overlay on the next run's charts.
        assertThat(new RunStore(context.dirs().runs()).previous(corpus.sha256(), "", 10)).isEmpty();
    }

    @Test
    void whileSparkCannotStartTrainIsOffAndSaysWhy() {
        Recording launcher = new Recording();
        viewModel(launcher, SparkSettings.defaults(), 1);
        assertThat(vm.canTrainProperty().get()).isTrue();
        assertThat(vm.setupTextProperty().get()).endsWith(" · on Spark local[2]");
        context.session().sparkTargetProperty().set(new SparkTarget(SparkSettings.defaults(),
                "No Spark master answers."));
        assertThat(vm.canTrainProperty().get()).isFalse();
        assertThat(vm.setupTextProperty().get()).endsWith(" · Spark cannot start (Model ▸ Device says why)");
        assertThat(vm.sparkProblemProperty().get()).isEqualTo("No Spark master answers.");
        vm.train();
        assertThat(vm.noticeProperty().get()).isEqualTo(Notice.error("Spark cannot start", "No Spark master answers."));
        assertThat(launcher.arguments).isEmpty();
    }
}
