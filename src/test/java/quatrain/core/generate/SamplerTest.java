package quatrain.core.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class SamplerTest {
    private static final float NEVER = Float.NEGATIVE_INFINITY;
    private final Sampler sampler = new Sampler();

    private static double[] softmax(float... logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (float l : logits) {
            max = Math.max(max, l);
        }
        double[] p = new double[logits.length];
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.exp(logits[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    @Test
    void temperatureZeroTakesTheArgmax() {
        float[] logits = {0.5f, 2f, 1.9f, -3f};
        for (int seed = 0; seed < 20; seed++) {
            assertThat(sampler.sample(logits, 0, 0, 1, new SplittableRandom(seed))).isEqualTo(1);
        }
    }

    @Test
    void temperatureZeroBreaksTiesTowardsTheLowestId() {
        assertThat(sampler.sample(new float[] {1f, 3f, 3f, 3f}, 0, 0, 1, new SplittableRandom(1))).isEqualTo(1);
    }

    @Test
    void temperatureZeroSkipsBannedIds() {
        boolean[] banned = Sampler.banning(4, 1);
        assertThat(sampler.sample(new float[] {0f, 5f, 4f, 1f}, 0, 0, 1, banned, new SplittableRandom(1)))
                .isEqualTo(2);
    }

    @Test
    void smallTemperatureApproachesTheArgmax() {
        float[] logits = {1.0f, 1.2f, 0.9f};
        double[] cold = sampler.probabilities(logits, 0.01, 0, 1, null);
        double[] warm = sampler.probabilities(logits, 1, 0, 1, null);
        assertThat(cold[1]).isGreaterThan(0.999);
        assertThat(warm[1]).isLessThan(0.5);
    }

    @Test
    void topKOfOneEqualsTheArgmax() {
        float[] logits = {0.1f, 0.3f, 0.2f, 0.25f};
        for (int seed = 0; seed < 50; seed++) {
            assertThat(sampler.sample(logits, 1.5, 1, 1, new SplittableRandom(seed))).isEqualTo(1);
        }
    }

    @Test
    void topKKeepsTheKMostLikelyRenormalised() {
        float[] logits = {0f, 3f, 2f, 1f};
        double[] p = sampler.probabilities(logits, 1, 2, 1, null);
        double[] expected = softmax(3f, 2f);
        assertThat(p).containsExactly(new double[] {0, expected[0], expected[1], 0}, within(1e-12));
    }

    @Test
    void topPKeepsOnlyTheNucleus() {
        // probabilities 0.5, 0.3, 0.15, 0.05: p = 0.75 needs the first two, p = 0.85 the first three
        float[] logits = {(float) Math.log(0.5), (float) Math.log(0.3), (float) Math.log(0.15),
                (float) Math.log(0.05)};
        assertThat(sampler.probabilities(logits, 1, 0, 0.75, null))
                .containsExactly(new double[] {0.625, 0.375, 0, 0}, within(1e-6));
        assertThat(sampler.probabilities(logits, 1, 0, 0.85, null))
                .containsExactly(new double[] {0.5 / 0.95, 0.3 / 0.95, 0.15 / 0.95, 0}, within(1e-6));
    }

    @Test
    void topPOfOneKeepsEverything() {
        float[] logits = {1f, 2f, 3f};
        assertThat(sampler.probabilities(logits, 1, 0, 1, null)).containsExactly(softmax(logits), within(1e-12));
    }

    @Test
    void frequenciesAtTemperatureOneMatchTheSoftmax() {
        float[] logits = {1f, 0f, 2f, -1f, 0.5f};
        double[] expected = softmax(logits);
        int draws = 20_000;
        int[] counts = new int[logits.length];
        SplittableRandom rng = new SplittableRandom(7);
        for (int i = 0; i < draws; i++) {
            counts[sampler.sample(logits, 1, 0, 1, rng)]++;
        }
        for (int i = 0; i < logits.length; i++) {
            assertThat(counts[i] / (double) draws).as("token %d", i).isCloseTo(expected[i], within(0.015));
        }
    }

    @Test
    void temperatureDividesTheLogits() {
        float[] logits = {1f, 0f, 2f};
        assertThat(sampler.probabilities(logits, 2, 0, 1, null))
                .containsExactly(softmax(0.5f, 0f, 1f), within(1e-12));
    }

    @Test
    void neverDrawsBannedIds() {
        float[] logits = {5f, 5f, 1f, 1f};
        boolean[] banned = Sampler.banning(4, 0, 1);
        SplittableRandom rng = new SplittableRandom(3);
        for (int i = 0; i < 2_000; i++) {
            assertThat(sampler.sample(logits, 1, 0, 1, banned, rng)).isIn(2, 3);
        }
    }

    @Test
    void neverDrawsTokensWithNegativeInfiniteLogits() {
        float[] logits = {NEVER, 0f, NEVER, 0f};
        SplittableRandom rng = new SplittableRandom(5);
        for (int i = 0; i < 2_000; i++) {
            assertThat(sampler.sample(logits, 1.3, 3, 0.9, rng)).isIn(1, 3);
        }
        assertThat(sampler.probabilities(logits, 1, 0, 1, null)).containsExactly(0, 0.5, 0, 0.5);
    }

    @Test
    void survivesVeryLargeLogitsThanksToMaxSubtraction() {
        float[] logits = {1000f, 999f, -1000f};
        double[] p = sampler.probabilities(logits, 0.1, 0, 1, null);
        assertThat(p[0]).isCloseTo(1, within(1e-4));
        assertThat(p).doesNotContain(Double.NaN);
    }

    @Test
    void rejectsEveryTokenBanned() {
        boolean[] banned = Sampler.banning(3, 0, 1, 2);
        assertThatThrownBy(() -> sampler.sample(new float[] {1f, 2f, 3f}, 1, 0, 1, banned, new SplittableRandom(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no token can be drawn");
        assertThatThrownBy(() -> sampler.sample(new float[] {1f, 2f, 3f}, 0, 0, 1, banned, new SplittableRandom(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("every token is banned");
    }

    @Test
    void rejectsOnlyNegativeInfiniteLogitsLeft() {
        boolean[] banned = Sampler.banning(3, 0);
        assertThatThrownBy(() -> sampler.sample(new float[] {1f, NEVER, NEVER}, 1, 0, 1, banned,
                new SplittableRandom(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sameSeedDrawsTheSameSequence() {
        float[] logits = {0.2f, 0.1f, 0.4f, 0.3f};
        SplittableRandom a = new SplittableRandom(11);
        SplittableRandom b = new SplittableRandom(11);
        for (int i = 0; i < 100; i++) {
            assertThat(sampler.sample(logits, 1, 0, 1, a)).isEqualTo(sampler.sample(logits, 1, 0, 1, b));
        }
    }

    @Test
    void doesNotChangeTheLogits() {
        float[] logits = {1f, 2f, 3f};
        sampler.sample(logits, 0.7, 2, 0.9, new SplittableRandom(1));
        assertThat(logits).containsExactly(1f, 2f, 3f);
    }
}
