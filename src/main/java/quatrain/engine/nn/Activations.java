package quatrain.engine.nn;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transcendental functions of the recurrent layers and the softmax output over ranges of {@code float[]}
 * ({@code dst[to + k] = f(src[from + k])} for {@code k < len}). Two implementations: SIMD through the JDK's Vector API (its exp and
 * tanh are Intel's SVML on x86, about 4× faster than {@link Math#exp} per element, and as exact), used when
 * the JVM was started with {@code --add-modules jdk.incubator.vector} (the launchers do this); otherwise a
 * scalar loop.
 */
interface Activations {
    String VECTOR_MODULE = "jdk.incubator.vector";

    void sigmoid(float[] src, int from, float[] dst, int to, int len);

    void tanh(float[] src, int from, float[] dst, int to, int len);

    /** Softmax in place over {@code row[from..from+len) + bias[0..len)}, shifted by its maximum. */
    void softmax(float[] row, int from, float[] bias, int len);

    /** Whether this is the SIMD implementation (the scalar one is slower than ND4J's own softmax). */
    default boolean simd() {
        return false;
    }

    /** The implementation this JVM runs fastest: {@link #vector()} when it can load, else {@link #SCALAR}. */
    static Activations best() {
        return Chosen.BEST;
    }

    /** The SIMD implementation, or empty when the Vector API's module is not in this JVM's boot layer. */
    static java.util.Optional<Activations> vector() {
        if (ModuleLayer.boot().findModule(VECTOR_MODULE).isEmpty()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of((Activations) Class.forName("quatrain.engine.nn.VectorActivations")
                    .getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException | LinkageError e) {
            Chosen.LOG.warn("Vector API present but unusable; recurrent layers use scalar maths", e);
            return java.util.Optional.empty();
        }
    }

    Activations SCALAR = new Activations() {
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
        public String toString() {
            return "scalar";
        }
    };

    static void scale(float[] row, int from, int len, float factor) {
        for (int k = 0; k < len; k++) {
            row[from + k] *= factor;
        }
    }

    /** Holds the choice, made once. */
    final class Chosen {
        private static final Logger LOG = LoggerFactory.getLogger(Activations.class);
        private static final Activations BEST = vector().orElse(SCALAR);

        private Chosen() {
        }
    }
}
