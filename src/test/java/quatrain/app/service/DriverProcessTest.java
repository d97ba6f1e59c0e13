package quatrain.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quatrain.core.QuatrainException;
import quatrain.core.training.EpochStats;
import quatrain.core.training.StopReason;
import quatrain.core.training.TrainingEvent;
import quatrain.core.training.TrainingEventJson;
import quatrain.engine.TrainingResult;

/** Small processes (cat, sh) playing a driver: what the app makes of what a process prints and how it ends. */
class DriverProcessTest {
    @TempDir
    Path dir;
    private final List<TrainingEvent> events = new ArrayList<>();

    private static EpochStats stats(int epoch, double val) {
        return new EpochStats(epoch, epoch * 10L, 3.0, val, 0.2, Math.exp(val), 900, 2, epoch * 2.0, 0.003, 0);
    }

    private DriverCommand command(List<String> line) {
        return new DriverCommand() {
            @Override
            public List<String> prepare() {
                return line;
            }

            @Override
            public Path output() {
                return dir.resolve("m.quatrain");
            }
        };
    }

    private TrainingResult run(List<String> line) {
        return DriverProcess.run(command(line), events::add, new DriverControl());
    }

    private static List<String> sh(String script) {
        return List.of("/bin/sh", "-c", script);
    }

    private TrainingEvent.Finished finished() {
        assertThat(events).last().isInstanceOf(TrainingEvent.Finished.class);
        return (TrainingEvent.Finished) events.get(events.size() - 1);
    }

    @Test
    void theEventsItPrintsReachTheListenerInOrderAndItsOwnEndCounts() throws IOException {
        List<TrainingEvent> printed = List.of(new TrainingEvent.Started("Spark local[2]", 10, 5, 100, 4, 1, 2),
                new TrainingEvent.BatchEnd(1, 4, 4, 4, 2.5, 800, 1.0),
                new TrainingEvent.EpochEnd(stats(1, 2.4), true),
                new TrainingEvent.Sample(1, 0.8, "the king shall fall"),
                new TrainingEvent.Checkpoint(1, dir.resolve("m.quatrain"), true),
                new TrainingEvent.Finished(StopReason.COMPLETED, 1, 2.4, dir.resolve("m.quatrain"), null));
        List<String> lines = new ArrayList<>(printed.stream().map(TrainingEventJson::write).toList());
        lines.add(1, "INFO a library that prints to standard output");
        lines.add(3, "{\"event\":\"executor_added\",\"id\":1}");
        Path out = Files.writeString(dir.resolve("events.jsonl"), lines.stream().collect(Collectors.joining("\n")));

        TrainingResult result = run(List.of("cat", out.toString()));

        assertThat(events).containsExactlyElementsOf(printed);
        assertThat(result.reason()).isEqualTo(StopReason.COMPLETED);
        assertThat(result.history()).containsExactly(stats(1, 2.4));
        assertThat(result.output()).isEqualTo(dir.resolve("m.quatrain"));
    }

    @Test
    void aDriverThatFailsBeforeTrainingEndsWithItsLastErrorLine() {
        TrainingResult result = run(sh("echo 'Spark is starting' >&2; echo 'error: first' >&2;"
                + " echo 'error: Cannot reach the master spark://h:7077 within 30 s' >&2; echo bye >&2; exit 1"));
        assertThat(result.reason()).isEqualTo(StopReason.FAILED);
        assertThat(finished()).isEqualTo(new TrainingEvent.Finished(StopReason.FAILED, 0, Double.NaN, null,
                "Cannot reach the master spark://h:7077 within 30 s"));
    }

    @Test
    void refusedArgumentsAreNamedByTheFirstLineOfTheUsageError() {
        run(sh("echo 'WARNING: Using incubator modules: jdk.incubator.vector' >&2;"
                + " echo \"Unknown option: '--runs'\" >&2; echo 'Usage: quatrain spark-train ...' >&2; exit 2"));
        assertThat(finished().message()).isEqualTo("The training process refused its arguments: Unknown option:"
                + " '--runs'");
    }

    @Test
    void aDriverKilledAfterAnEpochFailsAndKeepsItsLastModelFile() {
        String epoch = TrainingEventJson.write(new TrainingEvent.EpochEnd(stats(1, 2.2), true));
        String checkpoint = TrainingEventJson.write(new TrainingEvent.Checkpoint(1, dir.resolve("m.quatrain"), true));
        run(sh("echo '" + epoch + "'; echo '" + checkpoint + "'; kill -9 $$"));
        TrainingEvent.Finished f = finished();
        assertThat(f.reason()).isEqualTo(StopReason.FAILED);
        assertThat(f.epochsDone()).isEqualTo(1);
        assertThat(f.bestValLoss()).isEqualTo(2.2);
        assertThat(f.file()).isEqualTo(dir.resolve("m.quatrain"));
        assertThat(f.message()).isEqualTo("The training process was ended by signal 9 (SIGKILL) before reporting its"
                + " end (the model file keeps the last finished epoch); its output is in the log.");
    }

    @Test
    void theDriverIsThisProcesssChildAndKnowsItsPidSoItEndsWhenTheAppDies() {
        run(sh("echo \"error: $QUATRAIN_PARENT_PID $PPID\" >&2; exit 1"));
        long pid = ProcessHandle.current().pid();
        assertThat(finished().message()).isEqualTo(pid + " " + pid);
    }

    @Test
    void aClusterWaitingForExecutorsIsAWarningOnce() {
        String wait = "WARN TaskSchedulerImpl: Initial job has not accepted any resources; check your cluster UI";
        run(sh("echo '" + wait + "' >&2; echo '" + wait + "' >&2; exit 1"));
        assertThat(events).filteredOn(TrainingEvent.Warning.class::isInstance).singleElement()
                .satisfies(w -> assertThat(((TrainingEvent.Warning) w).message())
                        .startsWith("The cluster has not given this run an executor yet"));
    }

    @Test
    void whatStopsItBeforeItStartsIsTheReasonShown() {
        DriverCommand unreachable = new DriverCommand() {
            @Override
            public List<String> prepare() {
                throw new QuatrainException("No Spark master answers: h:7077 refused the connection.");
            }

            @Override
            public Path output() {
                return dir.resolve("m.quatrain");
            }
        };
        DriverProcess.run(unreachable, events::add, new DriverControl());
        assertThat(finished().message()).isEqualTo("No Spark master answers: h:7077 refused the connection.");
        events.clear();
        run(List.of(dir.resolve("no-such-java").toString()));
        assertThat(finished().message()).startsWith("The training process could not be started: Cannot run program");
    }

    @Test
    void aStopBeforeTheStartSavesNothingAndStartsNothing() {
        DriverControl control = new DriverControl();
        control.stop();
        TrainingResult result = DriverProcess.run(command(List.of(dir.resolve("no-such-java").toString())),
                events::add, control);
        assertThat(result.reason()).isEqualTo(StopReason.CANCELLED);
        assertThat(finished().file()).isNull();
        assertThat(finished().message()).isEqualTo("Stopped before the driver started: nothing was saved.");
    }
}
