package quatrain.engine.bundle;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import com.fasterxml.jackson.core.type.TypeReference;

import quatrain.core.AtomicFiles;
import quatrain.core.Json;
import quatrain.core.bundle.BundleException;
import quatrain.core.bundle.Manifest;
import quatrain.core.bundle.TrainingState;
import quatrain.core.bundle.VocabularyFile;
import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.TrainingSpec;
import quatrain.core.training.EpochStats;

/** Reads and writes {@code .quatrain} files. */
public final class BundleIO {
    public static final String EXTENSION = ".quatrain";
    static final String MANIFEST = "manifest.json";
    static final String MODEL_SPEC = "model-spec.json";
    static final String TRAINING_SPEC = "training-spec.json";
    static final String VOCABULARY = "vocabulary.json";
    static final String HISTORY = "history.json";
    static final String STATE = "state.json";
    static final String CORPUS = "corpus.json";
    static final String NETWORK = "network.zip";
    static final String BEST_PARAMS = "best-params.bin";
    static final String MARKOV = "markov.bin";
    private static final long MAX_JSON_BYTES = 256L << 20;
    private static final long MAX_BINARY_BYTES = 4L << 30;

    private BundleIO() {
    }

    /** Writes the bundle to a temporary file beside {@code file}, then moves it into place atomically. */
    public static void write(ModelBundle bundle, Path file) {
        try {
            AtomicFiles.write(file, out -> {
                try (ZipOutputStream zip = new ZipOutputStream(out)) {
                    writeTo(bundle, zip);
                }
            });
        } catch (IOException e) {
            throw new BundleException("Could not save the model to \"" + file + "\": " + e.getMessage(), e);
        }
    }

    private static void writeTo(ModelBundle b, ZipOutputStream zip) throws IOException {
        json(zip, MANIFEST, b.manifest());
        json(zip, MODEL_SPEC, b.model());
        json(zip, TRAINING_SPEC, b.training());
        json(zip, VOCABULARY, VocabularyFile.of(b.vocabulary()));
        json(zip, HISTORY, b.history());
        json(zip, STATE, b.state());
        if (!b.documents().isEmpty()) {
            json(zip, CORPUS, b.documents());
        }
        if (b.network() != null) {
            ByteArrayOutputStream net = new ByteArrayOutputStream(1 << 20);
            ModelSerializer.writeModel(b.network(), net, true);
            stored(zip, NETWORK, net.toByteArray());
            if (b.bestParams() != null) {
                ByteArrayOutputStream params = new ByteArrayOutputStream(1 << 20);
                try (DataOutputStream dos = new DataOutputStream(params)) {
                    Nd4j.write(b.bestParams(), dos);
                }
                stored(zip, BEST_PARAMS, params.toByteArray());
            }
        }
        if (b.markov() != null) {
            ZipEntry e = new ZipEntry(MARKOV);
            zip.putNextEntry(e);
            zip.write(b.markov());
            zip.closeEntry();
        }
    }

    private static void json(ZipOutputStream zip, String name, Object value) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(Json.writeBytes(value));
        zip.closeEntry();
    }

    /** Already-compressed payloads are stored, not deflated a second time. */
    private static void stored(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setMethod(ZipEntry.STORED);
        e.setSize(bytes.length);
        e.setCompressedSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        e.setCrc(crc.getValue());
        zip.putNextEntry(e);
        zip.write(bytes);
        zip.closeEntry();
    }

    /** Reads only the descriptive parts (fast: the network is not loaded). */
    public static BundleInfo readInfo(Path file) {
        try (ZipFile zip = open(file)) {
            Manifest manifest = readManifest(zip, file);
            VocabularyFile vocab = readJson(zip, file, VOCABULARY, VocabularyFile.class);
            return new BundleInfo(manifest, readJson(zip, file, MODEL_SPEC, ModelSpec.class),
                    readJson(zip, file, TRAINING_SPEC, TrainingSpec.class), vocab.tokens().size(), history(zip, file),
                    readJson(zip, file, STATE, TrainingState.class), zip.getEntry(CORPUS) != null, Files.size(file));
        } catch (IOException e) {
            throw damaged(file, e);
        }
    }

    /** Reads the whole bundle, network and updater state included. */
    public static ModelBundle read(Path file) {
        try (ZipFile zip = open(file)) {
            Manifest manifest = readManifest(zip, file);
            ModelSpec model = readJson(zip, file, MODEL_SPEC, ModelSpec.class);
            TrainingSpec training = readJson(zip, file, TRAINING_SPEC, TrainingSpec.class);
            VocabularyFile vocab = readJson(zip, file, VOCABULARY, VocabularyFile.class);
            TrainingState state = readJson(zip, file, STATE, TrainingState.class);
            List<String> documents = zip.getEntry(CORPUS) == null ? List.of()
                    : Json.mapper().readValue(bytes(zip, file, CORPUS, MAX_JSON_BYTES), new TypeReference<List<String>>() {
                    });
            MultiLayerNetwork network = null;
            INDArray best = null;
            byte[] markov = null;
            if (model.kind().isNeural()) {
                network = restoreNetwork(bytes(zip, file, NETWORK, MAX_BINARY_BYTES), file);
                if (zip.getEntry(BEST_PARAMS) != null) {
                    try (DataInputStream in = new DataInputStream(
                            new ByteArrayInputStream(bytes(zip, file, BEST_PARAMS, MAX_BINARY_BYTES)))) {
                        best = Nd4j.read(in);
                    }
                    if (best.length() != network.numParams()) {
                        throw new BundleException("\"" + file.getFileName() + "\" is damaged: its best parameters ("
                                + best.length() + ") do not fit its network (" + network.numParams() + ").");
                    }
                }
            } else {
                markov = bytes(zip, file, MARKOV, MAX_BINARY_BYTES);
            }
            return new ModelBundle(manifest, model, training, vocab.toVocabulary(), history(zip, file), state,
                    documents, network, best, markov);
        } catch (IOException | RuntimeException e) {
            if (e instanceof BundleException be) {
                throw be;
            }
            throw damaged(file, e);
        }
    }

    private static MultiLayerNetwork restoreNetwork(byte[] bytes, Path file) {
        try {
            return ModelSerializer.restoreMultiLayerNetwork(new ByteArrayInputStream(bytes), true);
        } catch (IOException | RuntimeException e) {
            throw new BundleException("\"" + file.getFileName() + "\" is damaged: its network cannot be read ("
                    + e.getMessage() + ").", e);
        }
    }

    private static ZipFile open(Path file) {
        if (Files.isDirectory(file)) {
            throw new BundleException("\"" + file + "\" is a folder, not a model file.");
        }
        try {
            return new ZipFile(file.toFile());
        } catch (NoSuchFileException e) {
            throw new BundleException("No model file at \"" + file + "\".", e);
        } catch (ZipException e) {
            throw new BundleException("\"" + file.getFileName() + "\" is not a Quatrain Studio model file, or it is"
                    + " damaged (truncated or corrupt: " + e.getMessage() + ").", e);
        } catch (IOException e) {
            if (!Files.exists(file)) {
                throw new BundleException("No model file at \"" + file + "\".", e);
            }
            throw new BundleException("Cannot read \"" + file + "\": " + e.getMessage(), e);
        }
    }

    private static Manifest readManifest(ZipFile zip, Path file) throws IOException {
        checkEntryNames(zip, file);
        if (zip.getEntry(MANIFEST) == null) {
            throw new BundleException("\"" + file.getFileName()
                    + "\" is a zip file but not a Quatrain Studio model (it has no manifest).");
        }
        Manifest m;
        try {
            m = Json.read(bytes(zip, file, MANIFEST, MAX_JSON_BYTES), Manifest.class);
        } catch (IOException e) {
            throw new BundleException("\"" + file.getFileName()
                    + "\" is not a Quatrain Studio model file, or its manifest is damaged.", e);
        }
        if (!Manifest.FORMAT.equals(m.format())) {
            throw new BundleException("\"" + file.getFileName() + "\" is not a Quatrain Studio model (format \""
                    + m.format() + "\").");
        }
        if (m.formatVersion() > Manifest.CURRENT_VERSION) {
            throw new BundleException("\"" + file.getFileName() + "\" was saved by a newer Quatrain Studio (model format "
                    + m.formatVersion() + "; this version reads up to " + Manifest.CURRENT_VERSION + "). Update the app.");
        }
        return m;
    }

    /** Entries are never extracted, but a name that would escape a folder marks a hostile or broken file. */
    private static void checkEntryNames(ZipFile zip, Path file) {
        zip.stream().forEach(e -> {
            String n = e.getName();
            if (n.startsWith("/") || n.startsWith("\\") || n.contains("..") || n.contains(":") || n.contains("\\")) {
                throw new BundleException("\"" + file.getFileName() + "\" has an unsafe entry name (\"" + n
                        + "\") and was not opened.");
            }
        });
    }

    private static <T> T readJson(ZipFile zip, Path file, String name, Class<T> type) throws IOException {
        try {
            return Json.read(bytes(zip, file, name, MAX_JSON_BYTES), type);
        } catch (IOException e) {
            if (e.getCause() instanceof BundleException || e instanceof ZipException) {
                throw e;
            }
            throw new BundleException("\"" + file.getFileName() + "\" is damaged: " + name + " cannot be read ("
                    + firstLine(e.getMessage()) + ").", e);
        }
    }

    private static List<EpochStats> history(ZipFile zip, Path file) throws IOException {
        EpochStats[] h = readJson(zip, file, HISTORY, EpochStats[].class);
        return Arrays.asList(h);
    }

    private static byte[] bytes(ZipFile zip, Path file, String name, long max) throws IOException {
        ZipEntry e = zip.getEntry(name);
        if (e == null) {
            throw new BundleException("\"" + file.getFileName() + "\" is incomplete: it has no " + name + ".");
        }
        if (e.getSize() > max) {
            throw new BundleException("\"" + file.getFileName() + "\" is damaged: " + name + " is implausibly large.");
        }
        try (InputStream in = zip.getInputStream(e)) {
            byte[] data = in.readNBytes((int) Math.min(max, Integer.MAX_VALUE - 8));
            if (in.read() >= 0) {
                throw new BundleException("\"" + file.getFileName() + "\" is damaged: " + name + " is too large.");
            }
            return data;
        } catch (ZipException ze) {
            throw new BundleException("\"" + file.getFileName() + "\" is damaged (" + name + ": " + ze.getMessage()
                    + ").", ze);
        }
    }

    private static BundleException damaged(Path file, Exception e) {
        return new BundleException("\"" + file.getFileName() + "\" cannot be read as a model: "
                + firstLine(e.getMessage()), e);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
