package quatrain.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import picocli.CommandLine;
import quatrain.testing.JavaProcess;
import quatrain.testing.RecordedRuns;

/** {@code quatrain ui}, run in-process: its first line is the overview's address, served until it is stopped. */
class UiCommandTest {
    @TempDir
    Path dir;

    /** Standard output that reports its first line as soon as it is complete. */
    private static final class FirstLine extends Writer {
        final StringBuilder text = new StringBuilder();
        final CompletableFuture<String> line = new CompletableFuture<>();

        @Override
        public synchronized void write(char[] chars, int off, int len) {
            text.append(chars, off, len);
            int end = text.indexOf("\n");
            if (end >= 0) {
                line.complete(text.substring(0, end).stripTrailing());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void printsTheOverviewAddressFirstAndServesTheRunsUntilStopped() throws Exception {
        Path runs = dir.resolve("runs");
        RecordedRuns.copyInto(runs);
        CommandLine cli = QuatrainCommand.commandLine();
        FirstLine out = new FirstLine();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        UiCommand command = cli.getSubcommands().get("ui").getCommand();
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cli.execute("ui", "--runs", runs.toString()));
        try {
            String url = out.line.get(60, TimeUnit.SECONDS);
            assertThat(url).matches("http://127\\.0\\.0\\.1:\\d+/train/overview");
            HttpResponse<String> page = get(url);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertThat(page.body()).contains("<html").contains("<title>DL4J Training UI</title>");
            assertThat(err.toString()).contains("1 runs in " + runs).contains(RecordedRuns.RUN_ID);

            command.stop();
            assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
            assertThat(out.text.toString().lines()).containsExactly(url);
            assertThatThrownBy(() -> get(url)).as("stopped").isInstanceOf(ConnectException.class);
        } finally {
            command.stop();
            exit.get(30, TimeUnit.SECONDS);
        }
    }

    /** As a user stops it: one line, the status of the signal, no stack trace (MapDB's hook used to close the runs first). */
    @ParameterizedTest
    @CsvSource({"TERM, 143", "INT, 130"})
    void aSignalStopsItWithOneLineAndTheSignalsStatus(String signal, int status) throws Exception {
        Path runs = dir.resolve("runs");
        RecordedRuns.copyInto(runs);
        try (JavaProcess ui = JavaProcess.main(dir.resolve("home"), "ui", "--runs", runs.toString()).defaultSignals()
                .start()) {
            assertThat(ui.awaitStdoutLine(l -> l.startsWith("http://127.0.0.1:"), Duration.ofSeconds(60)))
                    .as(ui.stderr()).isTrue();
            get(ui.stdout().lines().findFirst().orElseThrow()); // a page opens the run's statistics
            JavaProcess.signal(signal, ui.handle());
            assertThat(ui.waitFor(Duration.ofSeconds(5))).as(ui.stderr()).hasValue(status);
            assertThat(ui.stderr().lines().filter(l -> l.startsWith("stopped")))
                    .containsExactly("stopped the training UI (SIG" + signal + ")");
            assertThat(ui.stderr()).doesNotContain("Exception", "\tat ", "DB was closed");
        }
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
