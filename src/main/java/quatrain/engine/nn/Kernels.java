package quatrain.engine.nn;

import java.nio.ByteBuffer;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The element-wise work of training in single precision: the recurrent layers' activations over ranges of
 * {@code float[]} ({@code dst[to + k] = f(src[from + k])} for {@code k < len}), the output softmax, and the RMSprop
 * step on native memory. Two implementations: SIMD through the JDK's Vector API (16 floats per operation with
 * AVX-512; exp from lane arithmetic, {@link VectorKernels#exp}, so results repeat to the bit), used when the JVM
 * was started with {@code --add-modules jdk.incubator.vector} (the launchers do this); otherwise scalar loops.
 */
interface Kernels {
    String VECTOR_MODULE = "jdk.incubator.vector";

    void sigmoid(float[] src, int from, float[] dst, int to, int len);

    void tanh(float[] src, int from, float[] dst, int to, int len);

    /** Softmax in place over {@code row[from..from+len) + bias[0..len)}, shifted by its maximum. */
    void softmax(float[] row, int from, float[] bias, int len);

    /**
     * One RMSprop step over {@code n} floats of native memory, the maths of ND4J's fused op: {@code s = decay·s +
     * (1 − decay)·g²; g = lr·g / (√s + eps)}. Offsets are in bytes.
     */
    void rmsProp(ByteBuffer gradient, int gradientOffset, ByteBuffer state, int stateOffset, int n,
            float learningRate, float decay, float epsilon);

    /** Whether this is the SIMD implementation (the scalar one is slower than ND4J's own softmax). */
    default boolean simd() {
        return false;
    }

    /** The implementation this JVM runs fastest: {@link #vector()} when it can load, else {@link #SCALAR}. */
    static Kernels best() {
        return Chosen.BEST;
    }

    /** The SIMD implementation, or empty when the Vector API's module is not in this JVM's boot layer. */
    static Optional<Kernels> vector() {
        if (ModuleLayer.boot().findModule(VECTOR_MODULE).isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of((Kernels) Class.forName("quatrain.engine.nn.VectorKernels")
                    .getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException | LinkageError e) {
            Chosen.LOG.warn("Vector API present but unusable; training uses the scalar kernels", e);
            return Optional.empty();
        }
    }

    Kernels SCALAR = new Kernels() {
        @Override
        public void sigmoid(float[] src, int from, float[] dst, int to, int len) {
            for (int k = 0; k < len; k++) {
                dst[to + k] = Buffers.sigmoid(src[from + k]);
            }
        }

        @Override
        public void tanh(float[] src, int from, float[] dst, int to, int len) {
            for (int k = 0; k < len; k++) {
                dst[to + k] = Buffers.tanh(src[from + k]);
            }
        }

        @Override
        public void softmax(float[] row, int from, float[] bias, int len) {
            float max = Float.NEGATIVE_INFINITY;
            for (int k = 0; k < len; k++) {
                float v = row[from + k] + bias[k];
                row[from + k] = v;
                max = Math.max(max, v);
            }
            double sum = 0;
            for (int k = 0; k < len; k++) {
                float e = (float) Math.exp(row[from + k] - max);
                row[from + k] = e;
                sum += e;
            }
            scale(row, from, len, (float) (1.0 / sum));
        }

        @Override
        public void rmsProp(ByteBuffer gradient, int gradientOffset, ByteBuffer state,
                int stateOffset, int n, float learningRate, float decay, float epsilon) {
            for (int i = 0; i < n; i++) {
                Kernels.rmsPropAt(gradient, gradientOffset + 4 * i, state, stateOffset + 4 * i, learningRate, decay,
                        epsilon);
            }
        }

        @Override
        public String toString() {
            return "scalar";
        }
    };

    static void scale(float[] row, int from, int len, float factor) {
        for (int k = 0; k < len; k++) {
            row[from + k] *= factor;
        }
    }

    /** RMSprop for the float at these byte offsets (the scalar path, and the vector path's tail). */
    static void rmsPropAt(ByteBuffer gradient, int g, ByteBuffer state, int s, float learningRate,
            float decay, float epsilon) {
        float grad = gradient.getFloat(g);
        float st = state.getFloat(s) * decay + grad * grad * (1 - decay);
        state.putFloat(s, st);
        gradient.putFloat(g, grad * learningRate / ((float) Math.sqrt(st) + epsilon));
    }

    /** Holds the choice, made once. */
    final class Chosen {
        private static final Logger LOG = LoggerFactory.getLogger(Kernels.class);
        private static final Kernels BEST = vector().orElse(SCALAR);

        private Chosen() {
        }
    }
}
