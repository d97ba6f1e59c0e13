package quatrain.engine.ui;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Pattern;

import org.deeplearning4j.ui.model.stats.impl.SbeStatsInitializationReport;
import org.deeplearning4j.ui.model.stats.impl.SbeStatsReport;
import org.deeplearning4j.ui.model.storage.impl.SbeStorageMetaData;
import org.mapdb.DB;
import org.mapdb.DBMaker;
import org.mapdb.Serializer;

/**
 * A run file is data: before DL4J opens one, its MapDB catalog and class table are read here, read-only, and must
 * be exactly what DL4J's {@code StatsListener} writes. DL4J's {@code MapDBStatsStorage} instantiates, by name,
 * every class its {@code integerToClass} map names ({@code DL4JClassLoading.createNewInstance}), and MapDB uses
 * any serializer the catalog names in place of the one the code asks for ({@code DB.nameCatalogGetClass}), among
 * them its Java and Elsa serializers, which build objects of any class, and a {@code Class} serializer; the
 * catalog's sizes ({@code concShift}: 2^n segments) are allocated as read. So every catalog entry must be one of
 * DL4J's collections with MapDB's settings as DL4J makes them, and the class table may name only the three
 * records the listener writes.
 */
final class RunFileCheck {
    /** The records DL4J's {@code StatsListener} stores: its metadata, its initialization report and its reports. */
    static final Set<String> RECORD_CLASSES = Set.of(SbeStorageMetaData.class.getName(),
            SbeStatsInitializationReport.class.getName(), SbeStatsReport.class.getName());

    private static final String STRING = "org.mapdb.Serializer#STRING";
    private static final String INTEGER = "org.mapdb.Serializer#INTEGER";
    private static final String LONG = "org.mapdb.Serializer#LONG";
    /** What {@code db.hashMap(name)…createOrOpen()} writes for every hash map or set, with DL4J's settings. */
    private static final Map<String, String> HASH = Map.ofEntries(Map.entry("concShift", "3"),
            Map.entry("counterRecids", ""), Map.entry("dirShift", "7"), Map.entry("levels", "4"),
            Map.entry("removeCollapsesIndexTree", "true"), Map.entry("expireCreateQueue", ""),
            Map.entry("expireCreateTTL", "0"), Map.entry("expireGetQueue", ""), Map.entry("expireGetTTL", "0"));
    private static final Map<String, String> MAP = with(HASH, Map.of("expireUpdateQueue", "", "expireUpdateTTL", "0",
            "valueInline", "false", "type", "HashMap"));
    /** DL4J's collections (see {@code MapDBStatsStorage}'s constructor); absent serializers are DL4J's own. */
    private static final Map<String, Map<String, String>> COLLECTIONS = Map.of(
            "sessionIDs", with(HASH, Map.of("type", "HashSet", "serializer", STRING)),
            "storageMetaData", MAP,
            "staticInfo", MAP,
            "classToInteger", with(MAP, Map.of("keySerializer", STRING, "valueSerializer", INTEGER)),
            "integerToClass", with(MAP, Map.of("keySerializer", INTEGER, "valueSerializer", STRING)),
            "classCounter", Map.of("type", "AtomicInteger"));
    /** An update map: {@code &&&<session>@@@<type>@@@<worker>}, long keys, DL4J's record serializer. */
    private static final Map<String, String> UPDATES = with(MAP, Map.of("keySerializer", LONG));
    private static final Pattern UPDATES_NAME = Pattern.compile("&&&[^#]*@@@[^#]*@@@[^#]*");
    /** Values that are MapDB's own record ids or seeds, any number of them: checked for form only. */
    private static final Pattern RECIDS = Pattern.compile("[1-9][0-9]{0,17}(,[1-9][0-9]{0,17}){7}");
    private static final Pattern RECID = Pattern.compile("[1-9][0-9]{0,17}");
    private static final Pattern SEED = Pattern.compile("-?[0-9]{1,10}");

    private RunFileCheck() {
    }

    /**
     * Reads {@code file} (a copy no one else has open) read-only, without a lock; throws {@link RunRefusedException}
     * if it is not a statistics file as DL4J writes it.
     */
    static void check(Path file, String runId) {
        DB db;
        try {
            db = DBMaker.fileDB(file.toFile()).readOnly().make();
        } catch (RuntimeException e) {
            throw new RunRefusedException(runId, "MapDB cannot open it (" + e.getMessage() + ")", e);
        }
        try {
            SortedMap<String, String> catalog = db.nameCatalogLoad();
            checkCatalog(catalog, runId);
            if (!catalog.containsKey("integerToClass#type")) {
                return; // a run whose writer has not committed its first record yet: no classes to make
            }
            Map<Integer, String> classes = db.hashMap("integerToClass", Serializer.INTEGER, Serializer.STRING).open();
            for (String name : classes.values()) {
                if (!RECORD_CLASSES.contains(name)) {
                    throw new RunRefusedException(runId, "its class table names " + name
                            + ", which is not a record of DL4J's statistics listener");
                }
            }
        } catch (RunRefusedException e) {
            throw e;
        } catch (RuntimeException | OutOfMemoryError e) {
            // A record that claims a size it cannot have (a string of 2^31 characters) fails one allocation.
            throw new RunRefusedException(runId, "it cannot be read (" + e + ")", e);
        } finally {
            db.close();
        }
    }

    static void checkCatalog(SortedMap<String, String> catalog, String runId) {
        for (Map.Entry<String, String> e : catalog.entrySet()) {
            int hash = e.getKey().indexOf('#');
            String collection = hash < 0 ? e.getKey() : e.getKey().substring(0, hash);
            String setting = hash < 0 ? "" : e.getKey().substring(hash + 1);
            Map<String, String> expected = COLLECTIONS.get(collection);
            if (expected == null && UPDATES_NAME.matcher(collection).matches()) {
                expected = UPDATES;
            }
            if (expected == null) {
                throw new RunRefusedException(runId, "it holds a collection DL4J does not write: " + shorten(collection));
            }
            if (!isExpected(expected, setting, e.getValue())) {
                throw new RunRefusedException(runId, "its collection " + shorten(collection) + " has "
                        + shorten(setting) + " = " + shorten(e.getValue()) + ", which DL4J does not write");
            }
        }
    }

    private static boolean isExpected(Map<String, String> expected, String setting, String value) {
        return switch (setting) {
            case "rootRecids" -> expected.containsKey("concShift") && RECIDS.matcher(value).matches();
            case "recid" -> expected.get("type").equals("AtomicInteger") && RECID.matcher(value).matches();
            case "hashSeed" -> expected.containsKey("concShift") && SEED.matcher(value).matches();
            default -> value.equals(expected.get(setting));
        };
    }

    private static Map<String, String> with(Map<String, String> base, Map<String, String> more) {
        HashMap<String, String> all = new HashMap<>(base);
        all.putAll(more);
        return Map.copyOf(all);
    }

    private static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
