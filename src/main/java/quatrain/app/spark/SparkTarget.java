package quatrain.app.spark;

import quatrain.app.settings.SparkSettings;

/**
 * Where Train sends a run when the device is "Spark cluster": the cluster's settings as the model pane holds them
 * and, while a driver cannot start, why (Train stays disabled and says so).
 *
 * @param settings the master and executor settings (valid ones: the pane keeps the last valid values)
 * @param problem  why a driver cannot start now, in words; null when it can
 */
public record SparkTarget(SparkSettings settings, String problem) {

    public boolean startable() {
        return problem == null;
    }
}
