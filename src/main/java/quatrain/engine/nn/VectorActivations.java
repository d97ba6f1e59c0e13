package quatrain.engine.nn;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Activations} in SIMD lanes (8 doubles with AVX-512). Loaded by name only when the Vector API's module
 * is present, so that nothing else links against the incubator classes.
 */
final class VectorActivations implements Activations {
    private static final VectorSpecies<Double> LANES = DoubleVector.SPECIES_PREFERRED;

    @Override
    public void sigmoid(double[] src, int from, double[] dst, int to, int len) {
        int k = 0;
        for (int end = LANES.loopBound(len); k < end; k += LANES.length()) {
            DoubleVector e = DoubleVector.fromArray(LANES, src, from + k).neg().lanewise(VectorOperators.EXP);
            DoubleVector.broadcast(LANES, 1.0).div(e.add(1.0)).intoArray(dst, to + k);
        }
        for (; k < len; k++) {
            dst[to + k] = Buffers.sigmoid(src[from + k]);
        }
    }

    @Override
    public void tanh(double[] src, int from, double[] dst, int to, int len) {
        int k = 0;
        for (int end = LANES.loopBound(len); k < end; k += LANES.length()) {
            DoubleVector.fromArray(LANES, src, from + k).lanewise(VectorOperators.TANH).intoArray(dst, to + k);
        }
        for (; k < len; k++) {
            dst[to + k] = Buffers.tanh(src[from + k]);
        }
    }

    @Override
    public String toString() {
        return "vector " + LANES;
    }
}
