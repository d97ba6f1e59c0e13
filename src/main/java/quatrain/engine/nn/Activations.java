package quatrain.engine.nn;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The recurrent layers' transcendental functions over ranges of {@code float[]}: {@code dst[to + k] =
 * f(src[from + k])} for {@code k < len}. Two implementations: SIMD through the JDK's Vector API (its exp and
 * tanh are Intel's SVML on x86, about 4× faster than {@link Math#exp} per element, and as exact), used when
 * the JVM was started with {@code --add-modules jdk.incubator.vector} (the launchers do this); otherwise a
 * scalar loop.
 */
interface Activations {
    String VECTOR_MODULE = "jdk.incubator.vector";

    void sigmoid(float[] src, int from, float[] dst, int to, int len);

    void tanh(float[] src, int from, float[] dst, int to, int len);

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
        public String toString() {
            return "scalar";
        }
    };

    /** Holds the choice, made once. */
    final class Chosen {
        private static final Logger LOG = LoggerFactory.getLogger(Activations.class);
        private static final Activations BEST = vector().orElse(SCALAR);

        private Chosen() {
        }
    }
}
