package quatrain.app.shell;

import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import quatrain.app.settings.DeviceChoice;
import quatrain.launch.JvmTuning;

/**
 * Applies the preferred device. ND4J reads its backend priorities only from environment variables, once,
 * so on a build that carries CUDA, a preference for the CPU means starting the program again with
 * {@code BACKEND_PRIORITY_CPU} above {@code BACKEND_PRIORITY_GPU}. A CPU-only build never relaunches.
 */
public final class DeviceLaunch {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceLaunch.class);
    static final String CPU_PRIORITY = "BACKEND_PRIORITY_CPU";
    static final String GPU_PRIORITY = "BACKEND_PRIORITY_GPU";
    /** Marks the relaunched process, so it never relaunches again. */
    static final String APPLIED = "QUATRAIN_DEVICE_APPLIED";

    private DeviceLaunch() {
    }

    /** Variables to add for the preference; empty when the current process already honours it. */
    public static Map<String, String> environmentFor(DeviceChoice choice, boolean cudaBuild, Map<String, String> env) {
        if (!cudaBuild || choice != DeviceChoice.CPU || env.containsKey(APPLIED) || env.containsKey(CPU_PRIORITY)
                || env.containsKey(GPU_PRIORITY)) {
            return Map.of();
        }
        return Map.of(CPU_PRIORITY, "100", GPU_PRIORITY, "0", APPLIED, "CPU");
    }

    /**
     * Runs this same command again with {@code extra} in its environment and returns its exit code; empty
     * when the command line of this process cannot be known (then the app runs here, on the default device).
     * Through {@link JvmTuning#restart}, so the two processes stop together (signals passed on, the new one
     * ending when this one dies).
     */
    public static Optional<Integer> relaunch(Map<String, String> extra) {
        Optional<Integer> code = JvmTuning.restart(extra);
        if (code.isEmpty()) {
            LOG.warn("Cannot restart with the preferred device; the app runs on the default one");
        }
        return code;
    }
}
