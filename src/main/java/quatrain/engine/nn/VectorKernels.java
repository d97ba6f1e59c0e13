package quatrain.engine.nn;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Kernels} in SIMD lanes (16 floats with AVX-512). Loaded by name only when the Vector API's module
 * is present, so that nothing else links against the incubator classes.
 */
final class VectorKernels implements Kernels {
    private static final VectorSpecies<Float> LANES = FloatVector.SPECIES_PREFERRED;

    @Override
    public void sigmoid(float[] src, int from, float[] dst, int to, int len) {
        int k = 0;
        for (int end = LANES.loopBound(len); k < end; k += LANES.length()) {
            FloatVector e = FloatVector.fromArray(LANES, src, from + k).neg().lanewise(VectorOperators.EXP);
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
            FloatVector.fromArray(LANES, src, from + k).lanewise(VectorOperators.TANH).intoArray(dst, to + k);
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
            FloatVector e = FloatVector.fromArray(LANES, row, from + k).sub(max).lanewise(VectorOperators.EXP);
            e.intoArray(row, from + k);
            sums = sums.add(e);
        }
        double sum = sums.reduceLanes(VectorOperators.ADD);
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
