package quatrain.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import quatrain.core.corpus.CorpusException;

class ErrorReporterTest {
    private static final Path LOG = Path.of("/home/ana/.local/state/quatrain-studio/quatrain.log");

    @Test
    void aDomainFailureSpeaksForItselfEvenWhenWrapped() {
        RuntimeException wrapped = new IllegalStateException("worker failed",
                new CorpusException("\"x.bin\" looks like a binary file."));
        assertThat(ErrorReporter.message(wrapped, LOG)).isEqualTo("\"x.bin\" looks like a binary file.");
    }

    @Test
    void anythingElseNamesItsKindAndTheLogWithoutAStackTrace() {
        String text = ErrorReporter.message(new RuntimeException("wrapper", new ArithmeticException("/ by zero")), LOG);
        assertThat(text).startsWith("An unexpected error occurred (ArithmeticException: / by zero).")
                .contains(LOG.toString()).doesNotContain("at quatrain");
    }
}
