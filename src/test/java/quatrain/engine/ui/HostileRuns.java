package quatrain.engine.ui;

import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.mapdb.DB;
import org.mapdb.DBMaker;
import org.mapdb.Serializer;

import quatrain.testing.RecordedRuns;

/**
 * Run files made hostile on the fly from the recorded test run, with MapDB's public API as DL4J opens them
 * (write-ahead log on): a class table naming another class, a catalog naming another serializer or size.
 */
final class HostileRuns {
    /** The recorded run's update records are stored under this class index (DL4J numbers classes as it meets them). */
    static final int REPORT_CLASS_INDEX = 2;

    private HostileRuns() {
    }

    /** The recorded run copied into {@code runsDir} as {@code runId}, its class table naming {@code className}. */
    static Path namingClass(Path runsDir, String runId, String className) {
        return nameClassIn(RecordedRuns.copyInto(runsDir, runId), className);
    }

    /** Changes a run file in place: its reports are now said to be of class {@code className}. */
    static Path nameClassIn(Path file, String className) {
        return edit(file, db -> {
            Map<Integer, String> classes = db.hashMap("integerToClass", Serializer.INTEGER, Serializer.STRING).open();
            classes.put(REPORT_CLASS_INDEX, className);
        });
    }

    /** The recorded run copied into {@code runsDir} as {@code runId}, with catalog entries set (key, value, …). */
    static Path withCatalogEntries(Path runsDir, String runId, String... keysAndValues) {
        return edit(RecordedRuns.copyInto(runsDir, runId), db -> {
            SortedMap<String, String> catalog = new TreeMap<>(db.nameCatalogLoad());
            for (int i = 0; i < keysAndValues.length; i += 2) {
                catalog.put(keysAndValues[i], keysAndValues[i + 1]);
            }
            db.nameCatalogSave(catalog);
        });
    }

    private static Path edit(Path file, Consumer<DB> change) {
        DB db = DBMaker.fileDB(file.toFile()).transactionEnable().make();
        try {
            change.accept(db);
            db.commit();
        } finally {
            db.close();
        }
        return file;
    }
}
