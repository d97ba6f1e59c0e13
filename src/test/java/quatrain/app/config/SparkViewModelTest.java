package quatrain.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quatrain.app.TestContexts;
import quatrain.app.TestDrivers;
import quatrain.app.UiDispatcher;
import quatrain.app.context.AppContext;
import quatrain.app.context.Session;
import quatrain.app.settings.DeviceChoice;
import quatrain.app.settings.SettingsStore;
import quatrain.app.settings.SparkSettings;
import quatrain.app.spark.SparkTarget;
import quatrain.core.spec.SparkSpec;

/** The Spark cluster choice without the FX toolkit: same-thread executor and dispatcher, real sockets. */
class SparkViewModelTest {
    @TempDir
    Path dir;
    private final TestDrivers drivers = TestDrivers.localTrain(Path.of("unused"));
    private AppContext context;
    private SettingsStore settings;

    private DeviceViewModel device() {
        context = TestContexts.of(dir, Runnable::run, UiDispatcher.DIRECT, drivers);
        settings = TestContexts.settings(context);
        settings.load();
        return new DeviceViewModel(context, settings, TestContexts::cpuOnly);
    }

    private SparkTarget target() {
        return context.session().sparkTargetProperty().get();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Test
    void theSparkChoiceAndItsSettingsAreRememberedForTheNextStart() throws IOException {
        DeviceViewModel d = device();
        SparkViewModel spark = d.spark();
        d.choiceProperty().set(DeviceChoice.SPARK);
        String master = "spark://127.0.0.1:" + closedPort(); // remembered though nothing answers there now
        spark.masterProperty().set(master);
        spark.executorCoresProperty().set("2");
        spark.executorMemoryProperty().set("3g");
        spark.totalCoresProperty().set("8");
        spark.averagingFrequencyProperty().set("10");
        spark.batchSizePerWorkerProperty().set("32");
        spark.prefetchProperty().set("0");

        DeviceViewModel again = device();
        assertThat(settings.current().device()).isEqualTo(DeviceChoice.SPARK);
        assertThat(settings.current().spark()).isEqualTo(new SparkSettings(master, 2, "3g", 8, 10, 32, 0));
        assertThat(settings.current().spark().averaging()).isEqualTo(new SparkSpec(10, 32, 0, 0));
        assertThat(again.spark().averagingFrequencyProperty().get()).isEqualTo("10");
        assertThat(again.spark().batchSizePerWorkerProperty().get()).isEqualTo("32");
        assertThat(again.spark().prefetchProperty().get()).isEqualTo("0");
        assertThat(again.choiceProperty().get()).isEqualTo(DeviceChoice.SPARK);
        assertThat(again.spark().masterProperty().get()).isEqualTo(master);
        assertThat(again.spark().executorCoresProperty().get()).isEqualTo("2");
        assertThat(again.spark().executorMemoryProperty().get()).isEqualTo("3g");
        assertThat(again.spark().totalCoresProperty().get()).isEqualTo("8");
    }

    @Test
    void theDefaultsAreLocalModeWithSmallExecutors() {
        SparkViewModel spark = device().spark();
        assertThat(spark.masterProperty().get()).isEqualTo("local[2]");
        assertThat(spark.executorCoresProperty().get()).isEqualTo("1");
        assertThat(spark.executorMemoryProperty().get()).isEqualTo("2g");
        assertThat(spark.totalCoresProperty().get()).isEqualTo("2");
        assertThat(spark.executorsApplyProperty().get()).isFalse();
        spark.masterProperty().set("yarn");
        assertThat(spark.executorsApplyProperty().get()).isTrue();
    }

    @Test
    void anInvalidValueIsExplainedAndNotRemembered() {
        DeviceViewModel d = device();
        SparkViewModel spark = d.spark();
        d.choiceProperty().set(DeviceChoice.SPARK);
        spark.masterProperty().set("spark://cluster");
        assertThat(spark.error(SparkViewModel.MASTER).get()).startsWith("A standalone master is spark://HOST:PORT");
        spark.executorMemoryProperty().set("1.5g");
        assertThat(spark.error(SparkViewModel.EXECUTOR_MEMORY).get()).contains("whole number with a unit");
        spark.totalCoresProperty().set("0");
        assertThat(spark.error(SparkViewModel.TOTAL_CORES).get()).startsWith("Total cores must be a whole number");
        assertThat(spark.statusProperty().get()).isEqualTo("Fix the Spark settings above first.");
        assertThat(target().startable()).isFalse();
        assertThat(settings.current().spark()).isEqualTo(SparkSettings.defaults());
    }

    @Test
    void averagingSettingsAreCheckedAsSparkTrainChecksThemAndWordedWithTheirLabels() {
        DeviceViewModel d = device();
        SparkViewModel spark = d.spark();
        d.choiceProperty().set(DeviceChoice.SPARK);
        assertThat(spark.averagingFrequencyProperty().get()).isEqualTo("5");
        assertThat(spark.prefetchProperty().get()).isEqualTo("2");
        spark.averagingFrequencyProperty().set("0");
        assertThat(spark.error(SparkViewModel.AVERAGING_FREQUENCY).get())
                .isEqualTo("Averaging every must be between 1 and 10000 (got 0).");
        spark.averagingFrequencyProperty().set("4");
        assertThat(spark.error(SparkViewModel.AVERAGING_FREQUENCY).get()).isNull();
        spark.prefetchProperty().set("two");
        assertThat(spark.error(SparkViewModel.PREFETCH).get()).isEqualTo("Prefetch must be a whole number (got \"two\").");
        assertThat(spark.statusProperty().get()).isEqualTo("Fix the Spark settings above first.");
        assertThat(settings.current().spark().averaging()).isEqualTo(new SparkSpec(4, 0, 2, 0));
    }

    @Test
    void notChosenMeansTrainingHereAndNothingToSay() {
        DeviceViewModel d = device();
        assertThat(target()).isNull();
        assertThat(d.spark().statusProperty().get()).isEmpty();
        d.choiceProperty().set(DeviceChoice.SPARK);
        assertThat(target()).isNotNull();
        d.choiceProperty().set(DeviceChoice.CPU);
        assertThat(target()).isNull();
    }

    @Test
    void localModeIsReadyAndSaysWhatItMeans() {
        DeviceViewModel d = device();
        d.choiceProperty().set(DeviceChoice.SPARK);
        assertThat(d.spark().statusProperty().get())
                .isEqualTo("Ready. Spark runs inside the driver process on this machine, with 2 threads.");
        assertThat(d.spark().problemProperty().get()).isFalse();
        assertThat(target()).isEqualTo(new SparkTarget(SparkSettings.defaults(), null));
    }

    @Test
    void noSparkHereIsTheReasonShown() {
        drivers.unavailable("This copy cannot start a Spark driver: Spark's jars are not on its class path.");
        DeviceViewModel d = device();
        d.choiceProperty().set(DeviceChoice.SPARK);
        assertThat(d.spark().statusProperty().get())
                .isEqualTo("This copy cannot start a Spark driver: Spark's jars are not on its class path.");
        assertThat(d.spark().problemProperty().get()).isTrue();
        assertThat(target().problem()).isEqualTo(d.spark().statusProperty().get());
    }

    @Test
    void anUnreachableMasterIsTheReasonShownAndCheckAgainFindsItOnceItRuns() throws IOException {
        DeviceViewModel d = device();
        d.choiceProperty().set(DeviceChoice.SPARK);
        int port = closedPort();
        d.spark().masterProperty().set("spark://127.0.0.1:" + port);
        assertThat(d.spark().statusProperty().get()).isEqualTo("No Spark master answers: 127.0.0.1:" + port
                + " refused the connection (nothing listens there). Start the cluster's master, or check the host"
                + " and port in the URL.");
        assertThat(target().startable()).isFalse();
        try (ServerSocket master = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            d.spark().checkAgain();
            assertThat(d.spark().statusProperty().get()).isEqualTo("Ready. The standalone cluster at 127.0.0.1:"
                    + port + ".");
            assertThat(target().startable()).isTrue();
        }
    }

    @Test
    void anUnknownHostIsTheReasonShown() {
        DeviceViewModel d = device();
        d.choiceProperty().set(DeviceChoice.SPARK);
        d.spark().masterProperty().set("spark://no-such-host.invalid:7077");
        assertThat(d.spark().statusProperty().get()).contains("the host \"no-such-host.invalid\" is unknown");
        assertThat(d.spark().problemProperty().get()).isTrue();
    }

    @Test
    void yarnIsNotCheckedFromHereAndSaysSo() {
        DeviceViewModel d = device();
        d.choiceProperty().set(DeviceChoice.SPARK);
        d.spark().masterProperty().set("yarn");
        assertThat(d.spark().statusProperty().get()).startsWith("Ready. The YARN cluster")
                .endsWith("the driver says so when it starts.");
    }

    @Test
    void aCheckFinishingAfterAChangeIsNotShownAndTheNewValueIsChecked() {
        List<Runnable> queued = new ArrayList<>();
        context = new AppContext(TestContexts.dirs(dir), queued::add, UiDispatcher.DIRECT, new Session(),
                TestContexts.direct(dir).training(), drivers);
        settings = TestContexts.settings(TestContexts.direct(dir));
        DeviceViewModel d = new DeviceViewModel(context, settings, TestContexts::cpuOnly);
        queued.clear(); // device detection
        d.choiceProperty().set(DeviceChoice.SPARK);
        assertThat(d.spark().statusProperty().get()).isEqualTo(SparkViewModel.CHECKING);
        assertThat(target().startable()).isFalse();
        d.spark().masterProperty().set("local[3]");
        assertThat(queued).hasSize(1); // one check at a time
        queued.remove(0).run();
        assertThat(d.spark().statusProperty().get()).isEqualTo(SparkViewModel.CHECKING);
        assertThat(queued).hasSize(1);
        queued.remove(0).run();
        assertThat(d.spark().statusProperty().get()).endsWith("with 3 threads.");
    }
}
