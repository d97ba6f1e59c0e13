package quatrain.app.trainingui;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import quatrain.engine.ui.RunInfo;
import quatrain.engine.ui.RunRecorder;

/**
 * The run the app's training service is recording now, as the run list shows it: first, marked as training, and
 * listed from the moment training starts, before its statistics file exists or has a report the server can show.
 */
final class RecordingRun {
    private final Supplier<Path> file;

    /** @param file the statistics file being written now, or null ({@code TrainingService.recordingProperty}) */
    RecordingRun(Supplier<Path> file) {
        this.file = file;
    }

    /** The run being recorded; null when there is none. */
    RunChoice get() {
        Path f = file.get();
        if (f == null) {
            return null;
        }
        String name = f.getFileName().toString();
        String id = name.endsWith(RunRecorder.EXTENSION)
                ? name.substring(0, name.length() - RunRecorder.EXTENSION.length()) : name;
        return RunChoice.training(new RunInfo(id, f, 0, Instant.EPOCH));
    }

    boolean is(RunChoice run) {
        RunChoice live = get();
        return live != null && live.id().equals(run.id());
    }

    /** {@code listed} with the recording run first (in place of its stored entry, if listed already). */
    List<RunChoice> into(List<RunChoice> listed) {
        RunChoice live = get();
        if (live == null) {
            return listed;
        }
        List<RunChoice> out = new ArrayList<>(listed.size() + 1);
        out.add(live);
        listed.stream().filter(r -> !r.id().equals(live.id())).forEach(out::add);
        return out;
    }
}
