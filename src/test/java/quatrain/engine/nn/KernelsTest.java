package quatrain.engine.nn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

class KernelsTest {
    /** Values from deep saturation to zero, odd length so the vector loop has a scalar tail. */
    private static float[] inputs() {
        Random random = new Random(7);
        float[] x = new float[203];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) ((random.nextDouble() - 0.5) * (i % 3 == 0 ? 80 : 8));
        }
        x[0] = 0f;
        x[1] = -200f;
        x[2] = 200f;
        x[3] = 1e-9f;
        return x;
    }

    @Test
    void theTestJvmHasTheVectorImplementation() {
        // surefire starts the JVM with --add-modules jdk.incubator.vector, as the launchers do
        assertThat(Kernels.vector()).isPresent();
        assertThat(Kernels.best().toString()).startsWith("vector");
    }

    @Test
    void vectorSigmoidMatchesTheScalarOneAtEveryOffset() {
        Kernels vector = Kernels.vector().orElseThrow();
        float[] x = inputs();
        for (int from : new int[] {0, 1, 5}) {
            int len = x.length - from - 2;
            float[] expected = new float[len + 3];
            float[] actual = new float[len + 3];
            Kernels.SCALAR.sigmoid(x, from, expected, 3, len);
            vector.sigmoid(x, from, actual, 3, len);
            for (int k = 0; k < len + 3; k++) {
                assertThat(actual[k]).as("k=%d", k).isCloseTo(expected[k], org.assertj.core.data.Offset.offset(3e-7f));
            }
            assertThat(actual[0]).isZero(); // before the destination offset: untouched
            assertThat(actual[2]).isZero();
            float first = (float) (1 / (1 + Math.exp(-x[from])));
            assertThat(actual[3]).as("first value written, from=%d", from)
                    .isCloseTo(first, org.assertj.core.data.Offset.offset(3e-7f));
        }
    }

    @Test
    void vectorTanhMatchesTheScalarOneAndSaturates() {
        Kernels vector = Kernels.vector().orElseThrow();
        float[] x = inputs();
        float[] expected = new float[x.length];
        float[] actual = new float[x.length];
        Kernels.SCALAR.tanh(x, 0, expected, 0, x.length);
        vector.tanh(x, 0, actual, 0, x.length);
        for (int k = 0; k < x.length; k++) {
            assertThat(actual[k]).as("x=%s", x[k]).isCloseTo(expected[k], org.assertj.core.data.Offset.offset(3e-7f));
            assertThat(actual[k]).isCloseTo((float) Math.tanh(x[k]), org.assertj.core.data.Offset.offset(3e-7f));
        }
        assertThat(actual[1]).isEqualTo(-1f);
        assertThat(actual[2]).isEqualTo(1f);
    }

    @Test
    void vectorSoftmaxMatchesTheScalarOneAndSumsToOne() {
        Kernels vector = Kernels.vector().orElseThrow();
        float[] x = inputs();
        int len = 150;
        float[] bias = new float[len];
        for (int k = 0; k < len; k++) {
            bias[k] = (k % 7) * 0.25f - 0.5f;
        }
        float[] expected = x.clone();
        float[] actual = x.clone();
        Kernels.SCALAR.softmax(expected, 40, bias, len);
        vector.softmax(actual, 40, bias, len);
        double sum = 0;
        for (int k = 0; k < len; k++) {
            assertThat(actual[40 + k]).isCloseTo(expected[40 + k], org.assertj.core.data.Offset.offset(1e-7f));
            sum += actual[40 + k];
        }
        assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
        assertThat(actual[39]).as("outside the range").isEqualTo(x[39]);
        assertThat(actual[40 + len]).isEqualTo(x[40 + len]);
    }

    /**
     * A seeded run must repeat to the bit: the kernels give the same bits before and after the JIT has compiled
     * them (the Vector API's own EXP did not: Math.exp per lane at first, SVML once compiled).
     */
    @Test
    void resultsAreTheSameBitsBeforeAndAfterTheJitCompilesTheKernels() {
        Kernels vector = Kernels.vector().orElseThrow();
        float[] x = inputs();
        float[] bias = new float[x.length];
        float[][] cold = run(vector, x, bias);
        for (int i = 0; i < 30_000; i++) {
            run(vector, x, bias);
        }
        float[][] warm = run(vector, x, bias);
        for (int f = 0; f < cold.length; f++) {
            assertThat(warm[f]).as("function %d", f).containsExactly(cold[f]);
        }
    }

    private static float[][] run(Kernels k, float[] x, float[] bias) {
        float[] s = new float[x.length];
        float[] t = new float[x.length];
        float[] softmax = x.clone();
        k.sigmoid(x, 0, s, 0, x.length);
        k.tanh(x, 0, t, 0, x.length);
        k.softmax(softmax, 0, bias, x.length);
        return new float[][] {s, t, softmax};
    }

    @Test
    void vectorExpIsWithinTwoUlpsOfMathExp() {
        float[] x = new float[4096];
        for (int i = 0; i < x.length; i++) {
            x[i] = -87f + 175f * i / x.length;
        }
        float[] e = new float[x.length];
        for (int i = 0; i < x.length; i += 16) {
            float[] lane = java.util.Arrays.copyOfRange(x, i, i + 16);
            VectorKernels.exp(jdk.incubator.vector.FloatVector.fromArray(jdk.incubator.vector.FloatVector.SPECIES_512,
                    lane, 0)).intoArray(e, i);
        }
        for (int i = 0; i < x.length; i++) {
            float expected = (float) Math.exp(x[i]);
            assertThat(Math.abs(e[i] - expected)).as("x=%s", x[i]).isLessThanOrEqualTo(2 * Math.ulp(expected));
        }
    }
}
