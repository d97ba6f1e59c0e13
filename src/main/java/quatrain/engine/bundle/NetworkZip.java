package quatrain.engine.bundle;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.deeplearning4j.nn.api.Updater;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.updater.MultiLayerUpdater;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.slf4j.LoggerFactory;

/**
 * A model file's {@code network.zip}: the zip DL4J's {@code ModelSerializer.writeModel} makes (1.0.0-M2.1), read
 * and written here without it. Its reader, {@code restoreMultiLayerNetwork}, reads every entry into memory, runs
 * {@code ObjectInputStream.readObject()} on a {@code preprocessor.bin}, allocates whatever array lengths the
 * headers claim, and lets Jackson load any class the configuration names.
 *
 * <p>Only what the writer makes for our networks is accepted, in its order: {@code configuration.json},
 * {@code coefficients.bin} and, when the optimizer has state, {@code updaterState.bin}. ({@code normalizer.bin}
 * and {@code preprocessor.bin} are never written for a network; {@code noParams.marker} only for one without
 * parameters, which no model has.) Any other name is refused before anything is parsed. Each entry is read
 * through a cap its format sets, the configuration's classes are checked before DL4J reads it, the arrays'
 * headers are checked against the lengths the configuration implies before anything is allocated, and the
 * network is then built as {@code restoreMultiLayerNetwork} builds it.
 */
final class NetworkZip {
    static final String NAME = "network.zip";
    static final String CONFIGURATION = "configuration.json";
    static final String COEFFICIENTS = "coefficients.bin";
    static final String UPDATER_STATE = "updaterState.bin";
    static final List<String> ENTRIES = List.of(CONFIGURATION, COEFFICIENTS, UPDATER_STATE);
    /** Ours are 7-30 KB (about 2 KB a layer). */
    static final long MAX_CONFIGURATION_BYTES = 4L << 20;
    /** Both headers of an ND4J array: two short names, a length and a type each, and at most 8 shape values. */
    static final long MAX_ARRAY_HEADER_BYTES = 256;

    private NetworkZip() {
    }

    /** Refuses names a network.zip never has, or a name twice. */
    static void checkNames(List<String> names, Problems problems) {
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!ENTRIES.contains(name)) {
                throw problems.notOpened("its " + NAME + " holds an entry \"" + printable(name)
                        + "\" that Quatrain Studio never writes");
            }
            if (!seen.add(name)) {
                throw problems.notOpened("its " + NAME + " holds " + name + " twice");
            }
        }
    }

    /** The configuration's text, for {@code info}: the first entry, read through its cap, classes checked. */
    static void checkConfiguration(InputStream in, Problems problems) throws IOException {
        ZipInputStream zip = new ZipInputStream(in);
        expect(zip.getNextEntry(), CONFIGURATION, problems);
        ConfigurationClasses.check(configurationText(zip, problems), problems);
    }

    /**
     * Builds the network from {@code in} (network.zip's bytes).
     *
     * @param moreParameterCopies further arrays of the parameters' size the caller will read (best parameters)
     */
    static MultiLayerNetwork read(InputStream in, Problems problems, int moreParameterCopies) throws IOException {
        ZipInputStream zip = new ZipInputStream(in);
        expect(zip.getNextEntry(), CONFIGURATION, problems);
        String json = configurationText(zip, problems);
        ConfigurationClasses.check(json, problems);
        MultiLayerConfiguration conf = configuration(json, problems);
        long parameters = NetworkSize.parameters(conf, problems);
        long state = NetworkSize.updaterStateBound(conf, problems);
        // Parameters, their gradients (DL4J allocates them with the optimizer), the optimizer state, best copies.
        long values = Math.addExact(Math.multiplyExact(parameters, 2L + moreParameterCopies), state);
        MemoryBudget.require(Math.multiplyExact(values, (long) conf.getDataType().width()), problems,
                String.format(Locale.ROOT, "its network (%,d parameters)", parameters));

        expect(zip.getNextEntry(), COEFFICIENTS, problems);
        INDArray params = array(zip, problems, COEFFICIENTS, parameters);
        MultiLayerNetwork net = null;
        try {
            // As restoreMultiLayerNetwork: the network takes the saved parameters' type (files before beta3 had none).
            conf.setDataType(params.dataType());
            net = new MultiLayerNetwork(conf);
            net.init(params, false);
            ZipEntry next = zip.getNextEntry();
            if (next != null) {
                expect(next, UPDATER_STATE, problems);
                INDArray updaterState = array(zip, problems, UPDATER_STATE, NetworkSize.updaterState(net));
                requireType(updaterState, params.dataType(), problems);
                // The array becomes the optimizer's state as it is: DL4J's path allocates one more and copies.
                net.setUpdater(new MultiLayerUpdater(net, updaterState));
                next = zip.getNextEntry();
            }
            if (next != null) {
                checkNames(List.of(next.getName()), problems);
                throw problems.notOpened("its " + NAME + " holds " + next.getName() + " twice or out of order");
            }
        } catch (RuntimeException | IOException | Error e) {
            params.close();
            release(net);
            throw e;
        }
        return net;
    }

    /** Gives a network's native memory back now rather than at the next garbage collection. */
    static void release(MultiLayerNetwork net) {
        if (net == null) {
            return;
        }
        try {
            Updater updater = net.getUpdater(false);
            if (updater != null && updater.getStateViewArray() != null) {
                updater.getStateViewArray().close();
            }
            net.params().close();
        } catch (RuntimeException e) { // a half-built network: the collector will have it instead
            LoggerFactory.getLogger(NetworkZip.class).debug("Could not release a network's arrays", e);
        }
    }

    private static String configurationText(ZipInputStream zip, Problems problems) throws IOException {
        try (InputStream in = CappedInputStream.of(zip, MAX_CONFIGURATION_BYTES, problems, NAME + "/" + CONFIGURATION,
                false)) {
            // ModelSerializer writes it with the platform's charset; ours are ASCII, as every class and layer name is.
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static MultiLayerConfiguration configuration(String json, Problems problems) {
        try {
            return MultiLayerConfiguration.fromJson(json);
        } catch (RuntimeException e) {
            throw problems.damaged("its network configuration cannot be read (" + Problems.oneLine(e.getMessage())
                    + ")", e);
        }
    }

    private static INDArray array(ZipInputStream zip, Problems problems, String entry, long expected)
            throws IOException {
        String name = NAME + "/" + entry;
        long cap = MAX_ARRAY_HEADER_BYTES + expected * Double.BYTES;
        DataInputStream in = new DataInputStream(new BufferedInputStream(
                CappedInputStream.of(zip, cap, problems, name, false), 1 << 16));
        NdArrayFormat.Header header = NdArrayFormat.readHeader(in, problems, name, expected);
        INDArray array = NdArrayFormat.readData(in, header, problems, name);
        if (in.read() >= 0) {
            array.close();
            throw problems.notOpened(name + " holds more values than its header declares");
        }
        return array;
    }

    private static void requireType(INDArray array, DataType type, Problems problems) {
        if (array.dataType() != type) {
            array.close();
            throw problems.damaged(NAME + "/" + UPDATER_STATE + " holds " + array.dataType()
                    + " values for " + type + " parameters");
        }
    }

    private static void expect(ZipEntry entry, String name, Problems problems) {
        if (entry == null) {
            throw problems.damaged("its " + NAME + " has no " + name);
        }
        if (!entry.getName().equals(name)) {
            checkNames(List.of(entry.getName()), problems);
            throw problems.notOpened("its " + NAME + " holds " + entry.getName() + " where " + name
                    + " belongs (Quatrain Studio writes them in one order)");
        }
    }

    static String printable(String name) {
        String s = name.length() > 100 ? name.substring(0, 100) + "…" : name;
        return s.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /**
     * Writes the network in {@code ModelSerializer.writeModel}'s layout (same entries, order and contents, the
     * optimizer state included), streaming: nothing is buffered whole, and the parameters are not copied.
     */
    static void write(MultiLayerNetwork net, OutputStream out) throws IOException {
        write(net, out, true);
    }

    /** As {@link #write(MultiLayerNetwork, OutputStream)}, without the optimizer state for a network never trained on. */
    static void write(MultiLayerNetwork net, OutputStream out, boolean withUpdater) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush(); // the caller's stream stays open
            }
        });
        zip.putNextEntry(new ZipEntry(CONFIGURATION));
        zip.write(net.getLayerWiseConfigurations().toJson().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        BufferedOutputStream buffered = new BufferedOutputStream(zip, 1 << 16);
        zip.putNextEntry(new ZipEntry(COEFFICIENTS));
        NdArrayFormat.write(net.params(), buffered);
        buffered.flush();
        zip.closeEntry();
        if (!withUpdater) {
            zip.finish();
            return;
        }
        // As writeModel: getUpdater() creates the optimizer (and its state) if the network has none yet.
        INDArray state = net.getUpdater().getStateViewArray();
        if (state != null && state.length() > 0) {
            zip.putNextEntry(new ZipEntry(UPDATER_STATE));
            NdArrayFormat.write(state, buffered);
            buffered.flush();
            zip.closeEntry();
        }
        zip.finish();
    }
}
