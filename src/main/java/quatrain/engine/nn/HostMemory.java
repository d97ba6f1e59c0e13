package quatrain.engine.nn;

import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The one door from Java to the memory of ND4J's arrays: the fast paths (the fused layers, the softmax output, the
 * embedding lookup, the lanes' RMSprop, the batch buffers, the model file's array format and the BLAS calls) read
 * and write it through here, and nothing else does ({@code LayeringTest}). What it relies on, as ND4J 1.0.0-M2.1's
 * CPU backend (nd4j-native) does it, each checked by {@code HostMemoryTest}, whose failures name the assumption and
 * {@link #WRITTEN_FOR}:
 * <ol>
 * <li>{@code DataBuffer.asNio()} and its typed views wrap the buffer's own native memory: a write here is what the
 * next ND4J op reads, with no copy and no synchronisation (on the CUDA backend it is a host mirror: see
 * {@link Device});</li>
 * <li>an array's {@code offset()} counts elements from the start of that buffer, so a view's elements are at
 * {@code offset() + i};</li>
 * <li>{@code DataBuffer.addressPointer()} points at the buffer's first element, and JavaCPP's {@code Pointer} has
 * no public way to make a pointer at another address: an anonymous subclass sets the protected {@code address}
 * field, as ND4J's own {@code BaseDataBuffer.addressPointer} does.</li>
 * </ol>
 */
public final class HostMemory {
    /** The version whose behaviour this class was written for. */
    public static final String WRITTEN_FOR = "ND4J 1.0.0-M2.1, CPU backend (nd4j-native)";

    private HostMemory() {
    }

    /** The floats of {@code a}'s buffer: element {@code i} of a contiguous 'c' array is at {@code a.offset() + i}. */
    public static FloatBuffer floats(INDArray a) {
        return a.data().asNioFloat();
    }

    /** As {@link #floats}, for DOUBLE arrays. */
    public static DoubleBuffer doubles(INDArray a) {
        return a.data().asNioDouble();
    }

    /** The bytes of {@code a}'s whole buffer in native order (element {@code i} at {@code (offset() + i) · size}). */
    public static ByteBuffer bytes(INDArray a) {
        return a.data().asNio().order(ByteOrder.nativeOrder());
    }

    /** The bytes of {@code a} from its first element on, native order, as a buffer of their own (position 0). */
    public static ByteBuffer bytesFromFirst(INDArray a) {
        ByteBuffer all = bytes(a);
        ((Buffer) all).position((int) (a.offset() * a.data().getElementSize()));
        return all.slice().order(ByteOrder.nativeOrder());
    }

    /** A JavaCPP pointer at {@code a}'s first element, for a native call (BLAS). */
    public static FloatPointer floatPointer(INDArray a) {
        long at = firstElement(a);
        // The local must not be called "address": inside the subclass that name is the inherited field.
        return new FloatPointer() {
            {
                address = at;
            }
        };
    }

    /** As {@link #floatPointer}, for DOUBLE arrays. */
    public static DoublePointer doublePointer(INDArray a) {
        long at = firstElement(a);
        return new DoublePointer() {
            {
                address = at;
            }
        };
    }

    private static long firstElement(INDArray a) {
        Pointer p = a.data().addressPointer();
        return p.address() + p.position() * p.sizeof();
    }
}
