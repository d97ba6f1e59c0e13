package quatrain.engine.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunRecorderTest {
    @Test
    void smallModelsReportEveryTenMinibatches() {
        assertThat(RunRecorder.reportEvery(90_406)).isEqualTo(10);
        assertThat(RunRecorder.reportEvery(875_588)).isEqualTo(10);
    }

    @Test
    void largeModelsReportLessOftenInProportionToTheirSize() {
        assertThat(RunRecorder.reportEvery(1_000_001)).isEqualTo(11);
        assertThat(RunRecorder.reportEvery(4_100_000)).isEqualTo(41);
    }
}
