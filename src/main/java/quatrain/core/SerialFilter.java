package quatrain.core;

import java.io.ObjectInputFilter;
import java.util.Set;

/**
 * The process-wide filter on Java deserialization: every class is rejected unless a reader of ours needs it.
 *
 * <p>Deserializing attacker-chosen bytes runs the static initialisers and {@code readObject} methods of whatever
 * classes they name (a DL4J model zip's {@code preprocessor.bin} did; nested collections hang for minutes). The one
 * use left is DL4J's training-UI run files: MapDB stores their keys, {@code BaseCollectionStatsStorage.SessionTypeId}
 * and {@code SessionTypeWorkerId} (two or three strings each), with Java serialization. Those two classes are
 * allowed, with small limits on depth, references, array length and bytes; anything else is refused before it is
 * instantiated (the class is looked up, not initialised).
 */
public final class SerialFilter implements ObjectInputFilter {
    static final Set<String> ALLOWED = Set.of(
            "org.deeplearning4j.ui.model.storage.BaseCollectionStatsStorage$SessionTypeId",
            "org.deeplearning4j.ui.model.storage.BaseCollectionStatsStorage$SessionTypeWorkerId");
    /** A key is an object holding strings: depth 2. */
    static final long MAX_DEPTH = 4;
    static final long MAX_REFERENCES = 32;
    static final long MAX_ARRAY_LENGTH = 0;
    /** Session, type and worker ids are short; MapDB keys are a few hundred bytes. */
    static final long MAX_BYTES = 64 * 1024;

    private static final SerialFilter INSTANCE = new SerialFilter();
    private static boolean keptOff;

    private SerialFilter() {
    }

    /**
     * Makes this the process-wide filter, unless one is set already (ours, or one given with
     * {@code -Djdk.serialFilter}, which is then kept). Safe to call any number of times, from any thread.
     *
     * @return true when this filter is the process-wide one
     */
    public static synchronized boolean install() {
        if (keptOff) {
            return false;
        }
        ObjectInputFilter current = ObjectInputFilter.Config.getSerialFilter();
        if (current == null) {
            ObjectInputFilter.Config.setSerialFilter(INSTANCE);
            return true;
        }
        return current == INSTANCE;
    }

    /**
     * Leaves this process without a process-wide filter, for good: {@link #install} does nothing afterwards. For a
     * process that runs Spark ({@code spark-train}): Spark's driver and the executors it runs in-process deserialize
     * tasks, their results and broadcasts with Java serialization (Spark's JavaSerializer: Kryo fails on ND4J's
     * arrays), thousands of Spark's, Scala's, DL4J's and our classes, which no allow-list can name. Model files are
     * still read without any Java deserialization ({@code quatrain.engine.bundle}).
     *
     * @throws IllegalStateException if the filter is already in place: it cannot be taken back
     */
    public static synchronized void keepOff() {
        if (ObjectInputFilter.Config.getSerialFilter() == INSTANCE) {
            throw new IllegalStateException("the process-wide deserialization filter is already installed");
        }
        keptOff = true;
    }

    /** Whether a process-wide filter (this one, or one from {@code -Djdk.serialFilter}) refuses what it does not know. */
    public static boolean processFiltered() {
        return ObjectInputFilter.Config.getSerialFilter() != null;
    }

    /** The filter itself, for a stream that should use it whatever the process-wide setting is. */
    public static ObjectInputFilter filter() {
        return INSTANCE;
    }

    @Override
    public Status checkInput(FilterInfo info) {
        if (info.depth() > MAX_DEPTH || info.references() > MAX_REFERENCES || info.streamBytes() > MAX_BYTES
                || info.arrayLength() > MAX_ARRAY_LENGTH) {
            return Status.REJECTED;
        }
        Class<?> type = info.serialClass();
        if (type == null) {
            return Status.UNDECIDED;
        }
        return ALLOWED.contains(type.getName()) ? Status.ALLOWED : Status.REJECTED;
    }
}
