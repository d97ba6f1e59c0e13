package quatrain.engine.nn;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Kernels} in SIMD lanes (16 floats with AVX-512). Loaded by name only when the Vector API's module
 * is present, so that nothing else links against the incubator classes.
 */
final class VectorKernels implements Kernels {
    private static final VectorSpecies<Float> LANES = FloatVector.SPECIES_PREFERRED;
    private static final float LOG2E = 1.44269504088896341f;
    /** ln 2 in two parts, so that n·ln 2 is exact in the high part. */
    private static final float LN2_HI = 0.693359375f;
    private static final float LN2_LO = -2.12194440e-4f;
    /** 1.5 · 2²³: adding and subtracting it rounds a float below 2²² to the nearest integer. */
    private static final float ROUND = 12582912f;
    private static final int ROUND_BITS = Float.floatToRawIntBits(ROUND);

    /**
     * e^x in lanes from additions, multiplications and bit operations only (Cephes' expf: x = n·ln 2 + r,
     * |r| ≤ ln 2 / 2, a degree-7 polynomial for e^r, 2^n through the exponent bits; within 2 ulp). Not the Vector
     * API's lanewise EXP: that is Intel's SVML once the JIT has compiled the loop and {@code Math.exp} per lane
     * before, which differ in the last bit, so a run's numbers would depend on when the JIT got there. These
     * operations are IEEE-exact in both, and a seeded run repeats to the bit. The argument is clamped to
     * [−87.3, 88.3], where e^x stays a normal float.
     */
    static FloatVector exp(FloatVector x) {
        FloatVector v = x.max(-87.3f).min(88.3f);
        FloatVector shifted = v.mul(LOG2E).add(ROUND);
        FloatVector n = shifted.sub(ROUND);
        FloatVector r = v.sub(n.mul(LN2_HI)).sub(n.mul(LN2_LO));
        FloatVector p = r.mul(1.9875691500e-4f).add(1.3981999507e-3f).mul(r).add(8.3334519073e-3f).mul(r)
                .add(4.1665795894e-2f).mul(r).add(1.6666665459e-1f).mul(r).add(5.0000001201e-1f).mul(r.mul(r))
                .add(r).add(1f);
        IntVector exponent = shifted.reinterpretAsInts().sub(ROUND_BITS).add(127).lanewise(VectorOperators.LSHL, 23);
        return p.mul(exponent.reinterpretAsFloats());
    }

    @Override
    public void sigmoid(float[] src, int from, float[] dst, int to, int len) {
        int k = 0;
        for (int end = LANES.loopBound(len); k < end; k += LANES.length()) {
            FloatVector e = exp(FloatVector.fromArray(LANES, src, from + k).neg());
            FloatVector.broadcast(LANES, 1f).div(e.add(1f)).intoArray(dst, to + k);
        }
        for (; k < len; k++) {
            dst[to + k] = Buffers.sigmoid(src[from + k]);
        }
    }

    @Override
    public void tanh(float[] src, int from, float[] dst, int to, int len) {
        int k = 0;
        for (int end = LANES.loopBound(len); k < end; k += LANES.length()) {
            // tanh x = 1 − 2 / (e^{2x} + 1): saturates to ±1 without overflow (exp clamps its argument).
            FloatVector e = exp(FloatVector.fromArray(LANES, src, from + k).mul(2f));
            FloatVector.broadcast(LANES, 1f).sub(FloatVector.broadcast(LANES, 2f).div(e.add(1f))).intoArray(dst, to + k);
        }
        for (; k < len; k++) {
            dst[to + k] = Buffers.tanh(src[from + k]);
        }
    }

    @Override
    public void softmax(float[] row, int from, float[] bias, int len) {
        int end = LANES.loopBound(len);
        FloatVector maxes = FloatVector.broadcast(LANES, Float.NEGATIVE_INFINITY);
        int k = 0;
        for (; k < end; k += LANES.length()) {
            FloatVector v = FloatVector.fromArray(LANES, row, from + k).add(FloatVector.fromArray(LANES, bias, k));
            v.intoArray(row, from + k);
            maxes = maxes.max(v);
        }
        float max = maxes.reduceLanes(VectorOperators.MAX);
        for (; k < len; k++) {
            row[from + k] += bias[k];
            max = Math.max(max, row[from + k]);
        }
        FloatVector sums = FloatVector.zero(LANES);
        for (k = 0; k < end; k += LANES.length()) {
            FloatVector e = exp(FloatVector.fromArray(LANES, row, from + k).sub(max));
            e.intoArray(row, from + k);
            sums = sums.add(e);
        }
        double sum = 0;
        // Lanes summed in a fixed order: reduceLanes(ADD) may add in a different order once compiled.
        for (float lane : sums.toArray()) {
            sum += lane;
        }
        for (; k < len; k++) {
            float e = (float) Math.exp(row[from + k] - max);
            row[from + k] = e;
            sum += e;
        }
        Kernels.scale(row, from, len, (float) (1.0 / sum));
    }

    @Override
    public void rmsProp(ByteBuffer gradient, int gradientOffset, ByteBuffer state, int stateOffset, int n,
            float learningRate, float decay, float epsilon) {
        ByteOrder order = ByteOrder.nativeOrder();
        int k = 0;
        for (int end = LANES.loopBound(n); k < end; k += LANES.length()) {
            int g = gradientOffset + 4 * k;
            int s = stateOffset + 4 * k;
            FloatVector grad = FloatVector.fromByteBuffer(LANES, gradient, g, order);
            FloatVector st = FloatVector.fromByteBuffer(LANES, state, s, order).mul(decay)
                    .add(grad.mul(grad).mul(1 - decay));
            st.intoByteBuffer(state, s, order);
            grad.mul(learningRate).div(st.lanewise(VectorOperators.SQRT).add(epsilon)).intoByteBuffer(gradient, g, order);
        }
        for (; k < n; k++) {
            Kernels.rmsPropAt(gradient, gradientOffset + 4 * k, state, stateOffset + 4 * k, learningRate, decay,
                    epsilon);
        }
    }

    @Override
    public boolean simd() {
        return true;
    }

    @Override
    public String toString() {
        return "vector " + LANES;
    }
}
