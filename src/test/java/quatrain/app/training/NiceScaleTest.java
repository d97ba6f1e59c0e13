package quatrain.app.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NiceScaleTest {

    @Test
    void stepAxisEndsOnARoundNumberAboveTheLastStep() {
        assertThat(NiceScale.of(175, XAxisMode.STEP)).isEqualTo(new NiceScale.Range(200, 50));
        assertThat(NiceScale.of(93, XAxisMode.STEP)).isEqualTo(new NiceScale.Range(100, 20));
    }

    @Test
    void stepAxisNeverTicksAtHalfMinibatches() {
        assertThat(NiceScale.of(14, XAxisMode.STEP).step()).isEqualTo(2);
    }

    @Test
    void epochAxisMayTickAtHalves() {
        assertThat(NiceScale.of(2.4, XAxisMode.EPOCH)).isEqualTo(new NiceScale.Range(2.5, 0.5));
    }

    @Test
    void timeAxisStepsInClockUnits() {
        assertThat(NiceScale.of(200, XAxisMode.WALL_TIME)).isEqualTo(new NiceScale.Range(240, 60));
        assertThat(NiceScale.of(55, XAxisMode.WALL_TIME)).isEqualTo(new NiceScale.Range(60, 10));
    }

    @Test
    void anEmptyChartStillHasARange() {
        assertThat(NiceScale.of(0, XAxisMode.STEP).upper()).isPositive();
    }
}
