package quatrain.engine.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quatrain.testing.HeadlessChromium;
import quatrain.testing.RecordedRuns;
import quatrain.testing.ScoreChart;

/**
 * The training UI as a person sees it in a real browser: a recorded run's overview page, opened in headless
 * Chromium, draws the score chart with every recorded point.
 */
class TrainingUiBrowserTest {
    @TempDir
    Path dir;
    private TrainingUiServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void overviewInChromiumDrawsTheScoreChartOfARecordedRun() throws Exception {
        HeadlessChromium.requireInstalled();
        Path runs = dir.resolve("runs");
        RecordedRuns.copyInto(runs);
        server = TrainingUiServer.start(runs);
        server.select(RecordedRuns.RUN_ID);
        try (HeadlessChromium chromium = HeadlessChromium.start(dir.resolve("chromium-profile"))) {
            chromium.navigate(server.overviewUrl());
            ScoreChart chart = awaitChart(chromium, Duration.ofSeconds(30));
            assertThat(chart.title()).isEqualTo("DL4J Training UI");
            assertThat(chart.heading()).isEqualTo("Model Score vs. Iteration");
            assertThat(chart.label()).isEqualTo("score");
            assertThat(chart.points()).isGreaterThanOrEqualTo(RecordedRuns.MIN_REPORTS);
            assertThat(chart.finite()).isEqualTo(chart.points());
            assertThat(chart.seriesPixels()).as("pixels in the score series' colour").isGreaterThan(50);
        }
    }

    /** The page fetches its data after loading and redraws every few seconds: wait for the first drawing. */
    private static ScoreChart awaitChart(HeadlessChromium chromium, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        ScoreChart chart;
        do {
            chart = ScoreChart.parse(chromium.execute("return (" + ScoreChart.SCRIPT + "\n);").asText());
            if (chart.hasDrawn(RecordedRuns.MIN_REPORTS)) {
                return chart;
            }
            Thread.sleep(250);
        } while (System.nanoTime() < deadline);
        return chart;
    }
}
