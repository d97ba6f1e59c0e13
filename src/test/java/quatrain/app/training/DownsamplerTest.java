package quatrain.app.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class DownsamplerTest {

    @Test
    void keepsEveryPointOfAShortSeries() {
        assertThat(Downsampler.keep(new double[] {5, 4, 3}, 2000)).containsExactly(0, 1, 2);
    }

    @Test
    void capsALongSeriesAndKeepsItsEndsAndExtremes() {
        double[] y = new double[50_000];
        Arrays.setAll(y, i -> Math.sin(i / 300.0));
        y[12_345] = 40;
        y[33_333] = -40;
        int[] kept = Downsampler.keep(y, Downsampler.MAX_POINTS);
        assertThat(kept.length).isLessThanOrEqualTo(Downsampler.MAX_POINTS);
        assertThat(kept[0]).isZero();
        assertThat(kept[kept.length - 1]).isEqualTo(y.length - 1);
        assertThat(kept).contains(12_345, 33_333);
        assertThat(kept).isSorted();
        assertThat(Arrays.stream(kept).distinct().count()).isEqualTo(kept.length);
    }
}
