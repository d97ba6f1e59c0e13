package quatrain.engine.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UiTemplatesTest {
    @TempDir
    Path cache;

    @Test
    void theTrainingPagesTemplatesAreExtractedOnceAndMendedWhenChanged() throws Exception {
        Path folder = UiTemplates.extractInto(cache);
        for (String template : UiTemplates.TEMPLATES) {
            assertThat(folder.resolve(template)).hasBinaryContent(jar(template));
        }
        Path overview = folder.resolve(UiTemplates.TEMPLATES.get(0));
        Files.writeString(overview, "tampered");
        UiTemplates.extractInto(cache);
        assertThat(overview).hasBinaryContent(jar(UiTemplates.TEMPLATES.get(0)));
        try (var files = Files.list(overview.getParent())) {
            assertThat(files).hasSize(UiTemplates.TEMPLATES.size()); // no part files left
        }
    }

    private static byte[] jar(String resource) throws Exception {
        try (InputStream in = UiTemplatesTest.class.getClassLoader().getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }
}
