package quatrain.engine.bundle;

import static quatrain.engine.bundle.BundleEntries.BEST_PARAMS;
import static quatrain.engine.bundle.BundleEntries.CORPUS;
import static quatrain.engine.bundle.BundleEntries.HISTORY;
import static quatrain.engine.bundle.BundleEntries.JUDGE;
import static quatrain.engine.bundle.BundleEntries.JUDGE_NETWORK;
import static quatrain.engine.bundle.BundleEntries.MANIFEST;
import static quatrain.engine.bundle.BundleEntries.MARKOV;
import static quatrain.engine.bundle.BundleEntries.MODEL_SPEC;
import static quatrain.engine.bundle.BundleEntries.NETWORK;
import static quatrain.engine.bundle.BundleEntries.STATE;
import static quatrain.engine.bundle.BundleEntries.TRAINING_SPEC;
import static quatrain.engine.bundle.BundleEntries.VOCABULARY;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.wrapper.BaseWrapperLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

import com.fasterxml.jackson.core.type.TypeReference;

import quatrain.core.AtomicFiles;
import quatrain.core.Json;
import quatrain.core.SerialFilter;
import quatrain.core.bundle.BundleException;
import quatrain.core.bundle.Manifest;
import quatrain.core.bundle.TrainingState;
import quatrain.core.bundle.VocabularyFile;
import quatrain.core.judge.JudgeInfo;
import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.TrainingSpec;
import quatrain.core.training.EpochStats;
import quatrain.engine.nn.GruLayer;

/**
 * Reads and writes {@code .quatrain} files. A model file is data, never code: only the format's entries are
 * accepted, each read through a cap, and the network is read by {@link NetworkZip}, not by DL4J's
 * {@code ModelSerializer}. Any failure while reading, running out of memory included, is one
 * {@link BundleException} with a one-line message.
 */
public final class BundleIO {
    public static final String EXTENSION = ".quatrain";
    /** The format version that added the judge's entries. */
    static final int JUDGE_VERSION = 3;

    private BundleIO() {
    }

    /** Writes the bundle to a temporary file beside {@code file}, then moves it into place atomically. */
    public static void write(ModelBundle bundle, Path file) {
        try {
            AtomicFiles.write(file, out -> {
                try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(out, 1 << 16))) {
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
        json(zip, BundleEntries.VOCABULARY, VocabularyFile.of(b.vocabulary()));
        json(zip, HISTORY, b.history());
        json(zip, STATE, b.state());
        if (!b.documents().isEmpty()) {
            json(zip, CORPUS, b.documents());
        }
        if (b.network() != null) {
            // Streamed straight into the file, never buffered whole: a network saved in a 96 MB heap.
            MultiLayerNetwork network = b.network();
            levelZero(zip, NETWORK, out -> NetworkZip.write(network, out));
            if (b.bestParams() != null) {
                INDArray best = b.bestParams();
                levelZero(zip, BEST_PARAMS, out -> NdArrayFormat.write(best, out));
            }
        }
        if (b.judge() != null) {
            JudgeEntry judge = b.judge();
            json(zip, JUDGE, new JudgeEntry.File(judge.info(), judge.alphabet()));
            // Without its optimizer's state: a judge is trained once and then only scores (a third of the size).
            levelZero(zip, JUDGE_NETWORK, out -> NetworkZip.write(judge.network(), out, false));
        }
        if (b.markov() != null) {
            zip.putNextEntry(new ZipEntry(MARKOV));
            zip.write(b.markov());
            zip.closeEntry();
        }
    }

    private static void json(ZipOutputStream zip, String name, Object value) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(Json.writeBytes(value));
        zip.closeEntry();
    }

    /**
     * An already-compressed payload, deflated at level 0: stored blocks, so that it can be written as a stream (a
     * stored entry needs its size and CRC first) and still inflates to less than its compressed size, which
     * keeps the reader's cap tight. Earlier versions wrote these entries stored; both read the same.
     */
    private static void levelZero(ZipOutputStream zip, String name, AtomicFiles.Content content) throws IOException {
        zip.setLevel(Deflater.NO_COMPRESSION);
        zip.putNextEntry(new ZipEntry(name));
        content.writeTo(zip);
        zip.closeEntry();
        zip.setLevel(Deflater.DEFAULT_COMPRESSION);
    }

    /** Reads only the descriptive parts (fast: the network is not loaded, its entries' names and classes are checked). */
    public static BundleInfo readInfo(Path file) {
        Problems problems = Problems.of(file);
        try (ZipFile zip = open(file)) {
            BundleEntries entries = BundleEntries.of(zip, problems, Files.size(file));
            Manifest manifest = readManifest(entries, problems);
            ModelSpec model = entries.json(MODEL_SPEC, ModelSpec.class);
            if (model.kind().isNeural()) {
                checkNetworkEntries(entries, problems);
                try (InputStream in = entries.openStored(NETWORK)) {
                    NetworkZip.checkConfiguration(in, problems);
                }
            }
            VocabularyFile vocab = entries.json(VOCABULARY, VocabularyFile.class);
            return new BundleInfo(manifest, model, entries.trainingSpec(),
                    vocab.tokens().size(), history(entries), entries.json(STATE, TrainingState.class),
                    entries.has(CORPUS), Files.size(file), judgeInfo(entries, manifest, problems));
        } catch (OutOfMemoryError e) {
            throw problems.outOfMemory(e);
        } catch (IOException | RuntimeException e) {
            throw asBundleException(file, e);
        }
    }

    /** Reads the whole bundle, network and updater state included. */
    public static ModelBundle read(Path file) {
        // Nothing here deserializes Java objects; the filter is for whatever a library might still try.
        SerialFilter.install();
        Problems problems = Problems.of(file);
        try (ZipFile zip = open(file)) {
            BundleEntries entries = BundleEntries.of(zip, problems, Files.size(file));
            Manifest manifest = readManifest(entries, problems);
            ModelSpec model = entries.json(MODEL_SPEC, ModelSpec.class);
            TrainingSpec training = entries.trainingSpec();
            VocabularyFile vocab = entries.json(VOCABULARY, VocabularyFile.class);
            TrainingState state = entries.json(STATE, TrainingState.class);
            List<String> documents = entries.has(CORPUS) ? entries.json(CORPUS, new TypeReference<List<String>>() {
            }) : List.of();
            List<EpochStats> history = history(entries);
            MultiLayerNetwork network = null;
            INDArray best = null;
            byte[] markov = null;
            if (model.kind().isNeural()) {
                checkNetworkEntries(entries, problems);
                boolean withBest = entries.has(BEST_PARAMS);
                try (InputStream in = entries.openStored(NETWORK)) {
                    network = NetworkZip.read(in, problems, withBest ? 1 : 0);
                }
                checkFits(network, vocab.tokens().size(), problems);
                if (withBest) {
                    best = bestParams(entries, network, problems);
                }
            } else {
                markov = entries.markov();
            }
            JudgeEntry judge = readJudge(entries, manifest, problems);
            return new ModelBundle(manifest, model, training, vocab.toVocabulary(), history, state, documents, network,
                    best, markov, judge);
        } catch (OutOfMemoryError e) {
            throw problems.outOfMemory(e);
        } catch (IOException | RuntimeException e) {
            throw asBundleException(file, e);
        }
    }

    /** network.zip's names, from its central directory, before any of its entries is read. */
    private static void checkNetworkEntries(BundleEntries entries, Problems problems) throws IOException {
        checkNetworkEntries(entries, NETWORK, problems);
    }

    private static void checkNetworkEntries(BundleEntries entries, String name, Problems problems) throws IOException {
        entries.checkStored(name);
        try (InputStream raw = entries.openRaw(name)) {
            NetworkZip.checkNames(ZipDirectory.names(raw, entries.declaredSize(name), problems, name), problems);
        }
    }

    /**
     * judge.json, when the file has a judge: both judge entries or neither, and only in a file of format 3 on (no
     * version wrote a judge before).
     */
    private static JudgeEntry.File judgeFile(BundleEntries entries, Manifest manifest, Problems problems)
            throws IOException {
        boolean json = entries.has(JUDGE);
        if (json != entries.has(JUDGE_NETWORK)) {
            throw problems.damaged("it holds only one of " + JUDGE + " and " + JUDGE_NETWORK);
        }
        if (!json) {
            return null;
        }
        if (manifest.formatVersion() < JUDGE_VERSION) {
            throw problems.damaged("a model of format " + manifest.formatVersion() + " with a judge, which no version"
                    + " wrote");
        }
        return entries.json(JUDGE, JudgeEntry.File.class);
    }

    private static JudgeInfo judgeInfo(BundleEntries entries, Manifest manifest, Problems problems) throws IOException {
        JudgeEntry.File file = judgeFile(entries, manifest, problems);
        return file == null ? null : file.info();
    }

    /** The judge and its network, checked as strictly as the model's own: its input is its alphabet, its output two classes. */
    private static JudgeEntry readJudge(BundleEntries entries, Manifest manifest, Problems problems) throws IOException {
        JudgeEntry.File file = judgeFile(entries, manifest, problems);
        if (file == null) {
            return null;
        }
        checkNetworkEntries(entries, JUDGE_NETWORK, problems);
        MultiLayerNetwork network;
        try (InputStream in = entries.openStored(JUDGE_NETWORK)) {
            network = NetworkZip.read(in, problems, 0);
        }
        var confs = network.getLayerWiseConfigurations().getConfs();
        long in = inputs(confs.get(0).getLayer());
        long out = confs.get(confs.size() - 1).getLayer() instanceof FeedForwardLayer f ? f.getNOut() : -1;
        if (in != file.alphabet().size() + 2L || out != 2) {
            NetworkZip.release(network);
            throw problems.damaged("its judge reads " + in + " and tells " + out + " classes apart, but its alphabet"
                    + " has " + (file.alphabet().size() + 2) + " ids and a judge tells two");
        }
        try {
            return new JudgeEntry(file.info(), file.alphabet(), network);
        } catch (RuntimeException e) {
            NetworkZip.release(network);
            throw e;
        }
    }

    /** The network reads and predicts the vocabulary's tokens: its input size and its output size are both it. */
    private static void checkFits(MultiLayerNetwork network, int vocabulary, Problems problems) {
        var confs = network.getLayerWiseConfigurations().getConfs();
        long in = inputs(confs.get(0).getLayer());
        long out = confs.get(confs.size() - 1).getLayer() instanceof FeedForwardLayer f ? f.getNOut() : -1;
        if (in != vocabulary || out != vocabulary) {
            NetworkZip.release(network);
            throw problems.damaged("its network reads " + in + " and predicts " + out + " tokens, but its vocabulary"
                    + " has " + vocabulary);
        }
    }

    private static long inputs(Layer layer) {
        if (layer instanceof BaseWrapperLayer w) {
            return inputs(w.getUnderlying());
        }
        if (layer instanceof GruLayer g) {
            return g.getNIn();
        }
        return layer instanceof FeedForwardLayer f ? f.getNIn() : -1;
    }

    private static INDArray bestParams(BundleEntries entries, MultiLayerNetwork network, Problems problems)
            throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(entries.openStored(BEST_PARAMS), 1 << 16))) {
            NdArrayFormat.Header header = NdArrayFormat.readHeader(in, problems, BEST_PARAMS, network.numParams());
            INDArray best = NdArrayFormat.readData(in, header, problems, BEST_PARAMS);
            if (in.read() >= 0 || best.dataType() != network.params().dataType()) {
                best.close();
                throw problems.damaged(BEST_PARAMS + " does not hold exactly the network's parameters");
            }
            return best;
        } catch (RuntimeException | IOException | Error e) {
            NetworkZip.release(network);
            throw e;
        }
    }

    static ZipFile open(Path file) {
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

    private static Manifest readManifest(BundleEntries entries, Problems problems) throws IOException {
        Manifest m = entries.manifest();
        if (!Manifest.FORMAT.equals(m.format())) {
            throw new BundleException("\"" + problems.fileName() + "\" is not a Quatrain Studio model (format \""
                    + m.format() + "\").");
        }
        if (m.formatVersion() > Manifest.CURRENT_VERSION) {
            throw new BundleException("\"" + problems.fileName() + "\" was saved by a newer Quatrain Studio (model format "
                    + m.formatVersion() + "; this version reads up to " + Manifest.CURRENT_VERSION + "). Update the app.");
        }
        return m;
    }

    private static List<EpochStats> history(BundleEntries entries) throws IOException {
        return Arrays.asList(entries.json(HISTORY, EpochStats[].class));
    }

    private static BundleException asBundleException(Path file, Exception e) {
        if (e instanceof BundleException b) {
            return b;
        }
        return new BundleException("\"" + file.getFileName() + "\" cannot be read as a model: "
                + Problems.oneLine(e.getMessage()), e);
    }

    /** For {@code TrainedModel}: running out of memory while opening a model, as one line. */
    public static BundleException outOfMemory(Path file, OutOfMemoryError e) {
        return Problems.of(file).outOfMemory(e);
    }
}
