package quatrain.engine.bundle;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.Shape;
import org.nd4j.linalg.factory.Nd4j;

import quatrain.engine.nn.HostMemory;

/**
 * ND4J's binary array format, as {@code Nd4j.write} writes it (nd4j-api 1.0.0-M2.1, {@code BaseDataBuffer.write}):
 * the shape buffer, then the data buffer, each as {@code writeUTF(allocation mode)}, a long length,
 * {@code writeUTF(data type)} and big-endian values. The shape buffer holds rank, shape, strides, extras,
 * element-wise stride and order.
 *
 * <p>ND4J's own reader allocates whatever length a header claims (3·10⁹ floats from a 5 MB file). Here the headers
 * are parsed first and checked (a vector of FLOAT or DOUBLE, the length the caller expects) before anything is
 * allocated, and the values are then read straight into the new array. Only what our networks write is
 * accepted: rank 1, or a row vector {@code [1, n]}, in the {@code MIXED_DATA_TYPES} layout.
 */
final class NdArrayFormat {
    static final String ALLOCATION = "MIXED_DATA_TYPES";
    private static final String SHAPE_TYPE = "LONG";
    private static final int MAX_NAME_BYTES = 32;
    private static final int CHUNK = 1 << 16;

    /** What the two headers of an array say. */
    record Header(long[] shape, char order, DataType type) {
        long length() {
            return shape[shape.length - 1];
        }

        long dataBytes() {
            return length() * type.width();
        }
    }

    private NdArrayFormat() {
    }

    /**
     * Reads and checks both headers, leaving the stream at the first value.
     *
     * @param entry    the entry's name, for the messages
     * @param expected the number of values the array must hold
     */
    static Header readHeader(DataInputStream in, Problems problems, String entry, long expected) throws IOException {
        try {
            expectName(in, ALLOCATION, problems, entry);
            long infoLength = in.readLong();
            expectName(in, SHAPE_TYPE, problems, entry);
            if (infoLength != 6 && infoLength != 8) {
                throw problems.notOpened(entry + " is not a vector of parameters (its shape has " + infoLength
                        + " values)");
            }
            long[] info = new long[(int) infoLength];
            for (int i = 0; i < info.length; i++) {
                info[i] = in.readLong();
            }
            Header header = shapeOf(info, problems, entry);
            expectName(in, ALLOCATION, problems, entry);
            long length = in.readLong();
            DataType type = dataType(readName(in, problems, entry), problems, entry);
            if (length != header.length()) {
                throw problems.damaged(entry + " declares " + length + " values for a shape of " + header.length());
            }
            if (length != expected) {
                throw problems.notOpened(String.format(Locale.ROOT,
                        "%s declares %,d values but the network's configuration has %,d", entry, length, expected));
            }
            Header checked = new Header(header.shape(), header.order(), type);
            if (checked.dataBytes() > Integer.MAX_VALUE) {
                // Read and written through one NIO view of the array's memory, which Java limits to 2 GB.
                throw problems.notOpened(entry + " holds " + Problems.bytes(checked.dataBytes())
                        + " of values, more than the 2 GB an array of this version may hold");
            }
            return checked;
        } catch (EOFException e) {
            throw problems.damaged(entry + " is truncated", e);
        }
    }

    private static Header shapeOf(long[] info, Problems problems, String entry) {
        int rank = (int) info[0];
        if (info[0] != (info.length - 4) / 2) {
            throw problems.notOpened(entry + " has an impossible shape (rank " + info[0] + ")");
        }
        long[] shape = Arrays.copyOfRange(info, 1, 1 + rank);
        long[] strides = Arrays.copyOfRange(info, 1 + rank, 1 + 2 * rank);
        char order = (char) info[info.length - 1];
        boolean vector = rank == 1 || shape[0] == 1;
        if (!vector || shape[rank - 1] < 0 || (order != 'c' && order != 'f')) {
            throw problems.notOpened(entry + " is not a vector of parameters (shape " + Arrays.toString(shape)
                    + ", order " + info[info.length - 1] + ")");
        }
        if (!contiguous(shape, strides, order)) {
            throw problems.notOpened(entry + " has strides " + Arrays.toString(strides) + " that no saved array has");
        }
        return new Header(shape, order, DataType.FLOAT);
    }

    /** ND4J gives a row vector {@code [1, n]} strides {@code [1, 1]}; {@code [n, 1]} is the same layout. */
    private static boolean contiguous(long[] shape, long[] strides, char order) {
        if (shape.length == 1) {
            return strides[0] == 1;
        }
        return strides[1] == 1 && (strides[0] == 1 || (order == 'c' && strides[0] == shape[1]));
    }

    private static DataType dataType(String name, Problems problems, String entry) {
        if (name.equals(DataType.FLOAT.name())) {
            return DataType.FLOAT;
        }
        if (name.equals(DataType.DOUBLE.name())) {
            return DataType.DOUBLE;
        }
        throw problems.notOpened(entry + " holds values of type " + name + ", which no Quatrain Studio network has");
    }

    private static void expectName(DataInputStream in, String expected, Problems problems, String entry)
            throws IOException {
        String name = readName(in, problems, entry);
        if (!name.equals(expected)) {
            throw problems.notOpened(entry + " is not an array as Quatrain Studio saves them (\"" + name
                    + "\" where \"" + expected + "\" belongs)");
        }
    }

    /** A {@code writeUTF} string of ASCII letters, at most 32 bytes (ND4J's names are short). */
    private static String readName(DataInputStream in, Problems problems, String entry) throws IOException {
        int n = in.readUnsignedShort();
        if (n > MAX_NAME_BYTES) {
            throw problems.notOpened(entry + " is not an array as Quatrain Studio saves them (a name of " + n
                    + " bytes in its header)");
        }
        byte[] b = in.readNBytes(n);
        if (b.length < n) {
            throw new EOFException();
        }
        for (byte c : b) {
            if (!(c == '_' || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                throw problems.notOpened(entry + " is not an array as Quatrain Studio saves them (a header name"
                        + " with other characters than capitals)");
            }
        }
        return new String(b, StandardCharsets.US_ASCII);
    }

    /**
     * Allocates the array the header describes (outside any workspace) and reads its values into it; the array
     * is released again if the data is short or broken.
     */
    static INDArray readData(DataInputStream in, Header header, Problems problems, String entry) throws IOException {
        INDArray array;
        try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            array = Nd4j.createUninitializedDetached(header.type(), header.order(), header.shape());
        }
        try {
            fill(in, array, header);
            return array;
        } catch (EOFException e) {
            array.close();
            throw problems.damaged(entry + " is truncated", e);
        } catch (IOException | RuntimeException | Error e) {
            array.close();
            throw e;
        }
    }

    private static void fill(DataInputStream in, INDArray array, Header header) throws IOException {
        ByteBuffer target = target(array);
        byte[] chunk = new byte[CHUNK];
        ByteBuffer source = ByteBuffer.wrap(chunk).order(ByteOrder.BIG_ENDIAN);
        long remaining = header.dataBytes();
        boolean isFloat = header.type() == DataType.FLOAT;
        while (remaining > 0) {
            int n = (int) Math.min(CHUNK, remaining);
            in.readFully(chunk, 0, n);
            ((Buffer) source).clear().limit(n);
            if (isFloat) {
                target.asFloatBuffer().put(source.asFloatBuffer());
            } else {
                target.asDoubleBuffer().put(source.asDoubleBuffer());
            }
            ((Buffer) target).position(target.position() + n);
            remaining -= n;
        }
    }

    /** The array's values as native-order bytes, positioned at its first value. */
    private static ByteBuffer target(INDArray array) {
        return HostMemory.bytesFromFirst(array);
    }

    /**
     * Writes {@code array} in exactly the bytes {@code Nd4j.write} gives, without its copy of a view and through
     * a small buffer rather than one {@code writeFloat} per value.
     */
    static void write(INDArray array, OutputStream out) throws IOException {
        if (array.dataType() != DataType.FLOAT && array.dataType() != DataType.DOUBLE) {
            throw new IllegalArgumentException("only FLOAT and DOUBLE arrays are saved, not " + array.dataType());
        }
        // Nd4j.write writes a view as its dup(): a fresh array in the default order. Its values are only copied
        // here when they are not already one contiguous run in that order.
        boolean view = array.isView();
        char order = view ? Nd4j.order() : array.ordering();
        long[] info = view ? Nd4j.getShapeInfoProvider().createShapeInformation(array.shape(), order,
                array.dataType()).getSecond() : array.shapeInfoJava();
        boolean direct = (array.ordering() == order || array.isVector()) && Shape.hasDefaultStridesForShape(array);
        INDArray values = direct ? array : array.dup(order);
        DataOutputStream d = new DataOutputStream(out);
        d.writeUTF(ALLOCATION);
        d.writeLong(info.length);
        d.writeUTF(SHAPE_TYPE);
        for (long v : info) {
            d.writeLong(v);
        }
        d.writeUTF(ALLOCATION);
        d.writeLong(values.length());
        d.writeUTF(values.dataType().name());
        d.flush();
        writeValues(values, out);
    }

    private static void writeValues(INDArray a, OutputStream out) throws IOException {
        ByteBuffer values = target(a);
        long remaining = a.length() * a.data().getElementSize();
        byte[] chunk = new byte[CHUNK];
        ByteBuffer big = ByteBuffer.wrap(chunk).order(ByteOrder.BIG_ENDIAN);
        boolean isFloat = a.dataType() == DataType.FLOAT;
        while (remaining > 0) {
            int n = (int) Math.min(CHUNK, remaining);
            ByteBuffer slice = values.slice().order(ByteOrder.nativeOrder());
            ((Buffer) slice).limit(n);
            ((Buffer) big).clear();
            if (isFloat) {
                big.asFloatBuffer().put(slice.asFloatBuffer());
            } else {
                big.asDoubleBuffer().put(slice.asDoubleBuffer());
            }
            out.write(chunk, 0, n);
            ((Buffer) values).position(values.position() + n);
            remaining -= n;
        }
    }
}
