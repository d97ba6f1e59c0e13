package quatrain.engine.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import quatrain.core.bundle.BundleException;

/** Our reader and writer of ND4J's binary array format agree with ND4J's, and refuse before allocating. */
class NdArrayFormatTest {
    private static final Problems PROBLEMS = new Problems("x.quatrain");

    @Test
    void readsEveryArrayOfTheGoldenFilesAsNd4jDoes() throws IOException {
        List<byte[]> arrays = goldenArrays();
        assertThat(arrays).hasSizeGreaterThanOrEqualTo(10);
        for (byte[] bytes : arrays) {
            INDArray theirs = Nd4j.read(new DataInputStream(new ByteArrayInputStream(bytes)));
            INDArray ours = read(bytes, theirs.length());
            assertThat(ours.shape()).isEqualTo(theirs.shape());
            assertThat(ours.stride()).isEqualTo(theirs.stride());
            assertThat(ours.ordering()).isEqualTo(theirs.ordering());
            assertThat(ours.dataType()).isEqualTo(theirs.dataType());
            assertThat(ours).isEqualTo(theirs);
            assertThat(ours.toFloatVector()).isEqualTo(theirs.toFloatVector());
        }
    }

    @Test
    void writesTheBytesNd4jWrites() throws IOException {
        INDArray matrix = Nd4j.rand(DataType.FLOAT, 7, 300_000);
        List<INDArray> arrays = List.of(Nd4j.rand(DataType.FLOAT, 200_001), Nd4j.rand(DataType.DOUBLE, 1, 70_001),
                Nd4j.rand(DataType.FLOAT, 'f', 1, 33), matrix.getRow(3), matrix.get(NDArrayIndex.point(5),
                        NDArrayIndex.interval(1000, 91_000)), Nd4j.rand(DataType.FLOAT, 5, 3).getColumn(1));
        for (INDArray a : arrays) {
            ByteArrayOutputStream theirs = new ByteArrayOutputStream();
            Nd4j.write(a, new DataOutputStream(theirs));
            ByteArrayOutputStream ours = new ByteArrayOutputStream();
            NdArrayFormat.write(a, ours);
            assertThat(java.util.Arrays.equals(ours.toByteArray(), theirs.toByteArray()))
                    .as("%s view=%s", a.shapeInfoToString(), a.isView()).isTrue();
        }
    }

    @Test
    void roundTripsFloatAndDoubleVectors() throws IOException {
        for (INDArray a : List.of(Nd4j.rand(DataType.FLOAT, 100_003), Nd4j.rand(DataType.DOUBLE, 1, 9))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            NdArrayFormat.write(a, out);
            assertThat(read(out.toByteArray(), a.length())).isEqualTo(a);
        }
    }

    @Test
    void aHeaderClaimingThreeBillionValuesIsRefusedBeforeAnythingIsAllocated() throws IOException {
        byte[] bytes = header(new long[] {1, 3_000_000_000L, 1, 0x2000, 1, 'c'}, 3_000_000_000L, "FLOAT");
        assertThatThrownBy(() -> read(bytes, 8090)).isInstanceOf(BundleException.class)
                .hasMessage("\"x.quatrain\" was not opened: a.bin declares 3,000,000,000 values but the network's"
                        + " configuration has 8,090");
    }

    @Test
    void onlyVectorsOfFloatsOrDoublesInNd4jsLayoutAreAccepted() throws IOException {
        assertRefused(header(new long[] {2, 3, 4, 4, 1, 0, 1, 'c'}, 12, "FLOAT"), 12, "not a vector");
        assertRefused(header(new long[] {1, 12, 2, 0, 1, 'c'}, 12, "FLOAT"), 12, "strides");
        assertRefused(header(new long[] {1, 12, 1, 0, 1, 'x'}, 12, "FLOAT"), 12, "not a vector");
        assertRefused(header(new long[] {3, 1, 1, 12, 12, 12, 1, 0, 1, 'c'}, 12, "FLOAT"), 12, "shape has 10 values");
        assertRefused(header(new long[] {1, 12, 1, 0, 1, 'c'}, 12, "UTF8"), 12, "values of type UTF8");
        assertRefused(header(new long[] {1, 12, 1, 0, 1, 'c'}, 13, "FLOAT"), 12, "damaged");
        ByteArrayOutputStream longName = new ByteArrayOutputStream();
        new DataOutputStream(longName).writeUTF("M".repeat(5000));
        assertRefused(longName.toByteArray(), 12, "a name of 5000 bytes");
    }

    @Test
    void missingValuesAreReportedAsTruncated() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NdArrayFormat.write(Nd4j.rand(DataType.FLOAT, 1000), out);
        byte[] cut = java.util.Arrays.copyOf(out.toByteArray(), out.size() - 10);
        assertThatThrownBy(() -> read(cut, 1000)).hasMessage("\"x.quatrain\" is damaged: a.bin is truncated");
    }

    private static void assertRefused(byte[] bytes, long expected, String part) {
        assertThatThrownBy(() -> read(bytes, expected)).isInstanceOf(BundleException.class)
                .hasMessageContaining(part).hasMessageNotContaining("\n");
    }

    private static INDArray read(byte[] bytes, long expected) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        NdArrayFormat.Header h = NdArrayFormat.readHeader(in, PROBLEMS, "a.bin", expected);
        return NdArrayFormat.readData(in, h, PROBLEMS, "a.bin");
    }

    /** Both headers as ND4J writes them, then four values (never reached when a header is refused). */
    private static byte[] header(long[] shapeInfo, long length, String type) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeUTF("MIXED_DATA_TYPES");
        out.writeLong(shapeInfo.length);
        out.writeUTF("LONG");
        for (long v : shapeInfo) {
            out.writeLong(v);
        }
        out.writeUTF("MIXED_DATA_TYPES");
        out.writeLong(length);
        out.writeUTF(type);
        out.write(ByteBuffer.allocate(16).array());
        return bytes.toByteArray();
    }

    /** coefficients.bin, updaterState.bin and best-params.bin of every golden network file. */
    private static List<byte[]> goldenArrays() throws IOException {
        List<byte[]> out = new ArrayList<>();
        for (String name : List.of("word-gru", "chars-lstm", "reference-gru", "reference-lstm")) {
            try (ZipFile zip = new ZipFile(Path.of("src/test/resources/golden/models", name + ".quatrain").toFile())) {
                try (ZipInputStream net = new ZipInputStream(zip.getInputStream(zip.getEntry("network.zip")))) {
                    for (ZipEntry e = net.getNextEntry(); e != null; e = net.getNextEntry()) {
                        if (e.getName().endsWith(".bin")) {
                            out.add(net.readAllBytes());
                        }
                    }
                }
                ZipEntry best = zip.getEntry("best-params.bin");
                if (best != null) {
                    out.add(zip.getInputStream(best).readAllBytes());
                }
            }
        }
        return out;
    }
}
