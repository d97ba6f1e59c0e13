package quatrain.app.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A training to run in a process of its own: what to start, and where its model goes. */
public interface DriverCommand {
    /**
     * The command line to start, made in the background just before the start (it may check a cluster and write
     * files).
     *
     * @throws quatrain.core.QuatrainException why the run cannot start, in words
     */
    List<String> prepare();

    /** Variables to add to the process's environment (after {@link #prepare()}). */
    default Map<String, String> environment() {
        return Map.of();
    }

    /** The model file the run writes. */
    Path output();
}
