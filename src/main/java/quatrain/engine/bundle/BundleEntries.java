package quatrain.engine.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import quatrain.core.Json;
import quatrain.core.bundle.BundleException;
import quatrain.core.bundle.Manifest;
import quatrain.core.spec.TrainingSpec;

/**
 * The entries a {@code .quatrain} file may hold, each with the most bytes it may inflate to, read only through
 * that cap. Any other entry, or one twice, is refused by name before anything is read.
 */
final class BundleEntries {
    static final String MANIFEST = "manifest.json";
    static final String MODEL_SPEC = "model-spec.json";
    static final String TRAINING_SPEC = "training-spec.json";
    static final String VOCABULARY = "vocabulary.json";
    static final String HISTORY = "history.json";
    static final String STATE = "state.json";
    static final String CORPUS = "corpus.json";
    static final String NETWORK = NetworkZip.NAME;
    static final String BEST_PARAMS = "best-params.bin";
    static final String MARKOV = "markov.bin";
    /** A judge of the model (format version 3 on): its provenance and alphabet, and its network. */
    static final String JUDGE = "judge.json";
    static final String JUDGE_NETWORK = "judge-network.zip";

    private static final long SMALL_JSON = 1L << 20;
    /**
     * JSON caps. The history: 100,000 epochs (the most a spec allows) of about 400 bytes. The vocabulary: 10⁶ tokens.
     * The corpus: at most 16 Mi characters are kept (TrainingSamples), 6 bytes each at worst ("\\u0001"), and a
     * line of quotes, comma and indentation per document.
     */
    private static final Map<String, Long> JSON_CAPS = Map.of(MANIFEST, SMALL_JSON, MODEL_SPEC, SMALL_JSON,
            TRAINING_SPEC, SMALL_JSON, STATE, SMALL_JSON, JUDGE, SMALL_JSON, HISTORY, 64L << 20, VOCABULARY, 128L << 20,
            CORPUS, (16L << 20) * (6 + 8) + SMALL_JSON);
    /** The Markov chain is read into one byte array. */
    private static final long MAX_MARKOV_BYTES = Integer.MAX_VALUE - 8;
    static final Set<String> NAMES = Set.of(MANIFEST, MODEL_SPEC, TRAINING_SPEC, VOCABULARY, HISTORY, STATE,
            CORPUS, NETWORK, BEST_PARAMS, MARKOV, JUDGE, JUDGE_NETWORK);

    private final ZipFile zip;
    private final Problems problems;
    private final long fileBytes;

    private BundleEntries(ZipFile zip, Problems problems, long fileBytes) {
        this.zip = zip;
        this.problems = problems;
        this.fileBytes = fileBytes;
    }

    /** Checks every entry's name: a safe path first, then (in a file with a manifest) one of the format's, once. */
    static BundleEntries of(ZipFile zip, Problems problems, long fileBytes) {
        List<? extends ZipEntry> all = zip.stream().toList();
        for (ZipEntry e : all) {
            String n = e.getName();
            if (n.startsWith("/") || n.startsWith("\\") || n.contains("..") || n.contains(":") || n.contains("\\")) {
                throw new BundleException("\"" + problems.fileName() + "\" has an unsafe entry name (\""
                        + NetworkZip.printable(n) + "\") and was not opened.");
            }
        }
        if (zip.getEntry(MANIFEST) == null) {
            throw new BundleException("\"" + problems.fileName()
                    + "\" is a zip file but not a Quatrain Studio model (it has no manifest).");
        }
        Set<String> seen = new HashSet<>();
        for (ZipEntry e : all) {
            if (!NAMES.contains(e.getName())) {
                throw problems.notOpened("it holds an entry \"" + NetworkZip.printable(e.getName())
                        + "\" that Quatrain Studio never writes");
            }
            if (!seen.add(e.getName())) {
                throw problems.notOpened("it holds " + e.getName() + " twice");
            }
        }
        return new BundleEntries(zip, problems, fileBytes);
    }

    boolean has(String name) {
        return zip.getEntry(name) != null;
    }

    /** Reads a JSON entry through its cap. */
    <T> T json(String name, Class<T> type) throws IOException {
        return json(name, Json.mapper().constructType(type));
    }

    <T> T json(String name, TypeReference<T> type) throws IOException {
        return json(name, Json.mapper().constructType(type));
    }

    /**
     * The manifest; a file whose manifest cannot be read is not taken for a model at all. Its format and version are
     * checked before the strict reading, so that a newer file (which may hold fields this version does not know) is
     * refused as newer; an older one is read as its version wrote it (docs/decisions/0007).
     */
    Manifest manifest() throws IOException {
        try (InputStream in = open(MANIFEST, JSON_CAPS.get(MANIFEST))) {
            JsonNode tree = Json.mapper().readTree(in);
            if (!(tree instanceof ObjectNode node)) {
                throw new IOException("the manifest is not a JSON object");
            }
            checkFormat(node);
            return Json.mapper().treeToValue(ManifestVersions.upgrade(node), Manifest.class);
        } catch (IOException | RuntimeException e) {
            BundleException refusal = refusal(e);
            if (refusal != null) {
                throw refusal;
            }
            throw new BundleException("\"" + problems.fileName()
                    + "\" is not a Quatrain Studio model file, or its manifest is damaged.", e);
        }
    }

    /**
     * The training spec, with the settings added after version 1 of the format filled in as they mean for a file
     * written before them (see {@link ManifestVersions#upgradeTrainingSpec}).
     */
    TrainingSpec trainingSpec() throws IOException {
        try (InputStream in = open(TRAINING_SPEC, JSON_CAPS.get(TRAINING_SPEC))) {
            JsonNode tree = Json.mapper().readTree(in);
            if (!(tree instanceof ObjectNode node)) {
                throw new IOException(TRAINING_SPEC + " is not a JSON object");
            }
            return Json.mapper().treeToValue(ManifestVersions.upgradeTrainingSpec(node), TrainingSpec.class);
        } catch (IOException | RuntimeException e) {
            throw unwrapped(TRAINING_SPEC, e);
        }
    }

    private void checkFormat(ObjectNode manifest) {
        JsonNode format = manifest.get("format");
        if (format != null && format.isTextual() && !Manifest.FORMAT.equals(format.asText())) {
            throw new BundleException("\"" + problems.fileName() + "\" is not a Quatrain Studio model (format \""
                    + format.asText() + "\").");
        }
        JsonNode version = manifest.get("formatVersion");
        if (version != null && version.canConvertToInt() && version.asInt() > Manifest.CURRENT_VERSION) {
            throw new BundleException("\"" + problems.fileName() + "\" was saved by a newer Quatrain Studio (model format "
                    + version.asInt() + "; this version reads up to " + Manifest.CURRENT_VERSION + "). Update the app.");
        }
    }

    private <T> T json(String name, JavaType type) throws IOException {
        try (InputStream in = open(name, JSON_CAPS.get(name))) {
            return Json.mapper().readValue(in, type);
        } catch (IOException | RuntimeException e) {
            throw unwrapped(name, e);
        }
    }

    /**
     * network.zip and best-params.bin are written stored (older versions) or deflated at level 0 (a stream of
     * stored blocks), so neither inflates to more than its compressed size, which the file's size bounds.
     */
    InputStream openStored(String name) throws IOException {
        ZipEntry e = checkStored(name);
        return CappedInputStream.of(zip.getInputStream(e), storedCap(e), problems, name, true);
    }

    /** Refuses a stored entry that declares more bytes than its compressed size (or the file) holds. */
    ZipEntry checkStored(String name) {
        ZipEntry e = require(name);
        long cap = storedCap(e);
        if (e.getSize() > cap) {
            throw problems.notOpened(name + " declares " + Problems.bytes(e.getSize()) + " but takes "
                    + Problems.bytes(cap) + " of the file, which Quatrain Studio never writes");
        }
        return e;
    }

    /** The entry's own stream, uncapped, for skipping over a stored entry without reading it. */
    InputStream openRaw(String name) throws IOException {
        return zip.getInputStream(require(name));
    }

    /** The size a stored entry declares, checked against its cap by {@link #openStored}. */
    long declaredSize(String name) {
        return require(name).getSize();
    }

    byte[] markov() throws IOException {
        try (InputStream in = open(MARKOV, MAX_MARKOV_BYTES)) {
            return in.readAllBytes();
        } catch (ZipException e) {
            throw problems.damaged(MARKOV + ": " + Problems.oneLine(e.getMessage()), e);
        }
    }

    private static BundleException refusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BundleException b) {
                return b;
            }
        }
        return null;
    }

    private long storedCap(ZipEntry e) {
        long compressed = e.getCompressedSize();
        return compressed < 0 ? fileBytes : Math.min(compressed, fileBytes);
    }

    private InputStream open(String name, long cap) throws IOException {
        return CappedInputStream.of(zip.getInputStream(require(name)), cap, problems, name, true);
    }

    private ZipEntry require(String name) {
        ZipEntry e = zip.getEntry(name);
        if (e == null) {
            throw new BundleException("\"" + problems.fileName() + "\" is incomplete: it has no " + name + ".");
        }
        return e;
    }

    /** A cap or a refusal met inside Jackson comes out wrapped; anything else is a damaged entry. */
    private BundleException unwrapped(String name, Exception e) {
        BundleException refusal = refusal(e);
        if (refusal != null) {
            return refusal;
        }
        if (e instanceof ZipException) {
            return problems.damaged(name + ": " + Problems.oneLine(e.getMessage()), e);
        }
        return problems.damaged(name + " cannot be read (" + Problems.oneLine(e.getMessage()) + ")", e);
    }
}
