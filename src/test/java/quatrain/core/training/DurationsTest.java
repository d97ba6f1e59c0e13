package quatrain.core.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DurationsTest {
    @Test
    void aClockHasMinutesAndSecondsAndHoursWhenNeeded() {
        assertThat(Durations.clock(42)).isEqualTo("0:42");
        assertThat(Durations.clock(725)).isEqualTo("12:05");
        assertThat(Durations.clock(3723)).isEqualTo("1:02:03");
        assertThat(Durations.clock(-3)).isEqualTo("0:00");
    }

    @Test
    void wordsKeepSecondsUnderAnHour() {
        assertThat(Durations.words(42)).isEqualTo("42 s");
        assertThat(Durations.words(185)).isEqualTo("3 min 05 s");
        assertThat(Durations.words(4320)).isEqualTo("1 h 12 min");
    }

    @Test
    void anEstimateIsRoundedToTwoUnits() {
        assertThat(Durations.rounded(0.2)).isEqualTo("1 s");
        assertThat(Durations.rounded(200)).isEqualTo("3 min 20 s");
        assertThat(Durations.rounded(725)).isEqualTo("12 min");
        assertThat(Durations.rounded(7500)).isEqualTo("2 h 5 min");
        assertThat(Durations.rounded(7190)).isEqualTo("2 h");
    }
}
