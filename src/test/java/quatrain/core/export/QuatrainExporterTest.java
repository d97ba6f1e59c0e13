package quatrain.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import quatrain.core.Json;
import quatrain.core.export.QuatrainExporter.Format;
import quatrain.core.generate.NoveltyReport;
import quatrain.core.generate.Quatrain;
import quatrain.core.spec.SamplingSpec;

/**
 * Golden tests: the expected files live in src/test/resources/golden/export. After an intended format change,
 * run once with {@code -Dgolden.update=true} and review the diff.
 */
class QuatrainExporterTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/export");
    private static final String SHA = "3f2a9b1c0d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8";
    private static final ModelSource MODEL = new ModelSource("tiny-quatrains-gru-20250301-101500.quatrain",
            "quatrains-gru", "tiny.txt", SHA);

    @TempDir
    Path dir;

    static List<ExportEntry> entries() {
        String text1 = "The king shall fall near the river,\nFire in the sky in the north;\nThe queen will rise,\n"
                + "And famine and war.";
        NoveltyReport report = new NoveltyReport(6, "fire in the sky in the north", 0.4,
                List.of(new NoveltyReport.Span(36, 64)), List.of(false, true, false, false));
        Quatrain q1 = new Quatrain(3, text1, List.of(text1.split("\n")), List.of(), 0.8, 42, report, 1.5);
        SamplingSpec s1 = new SamplingSpec(0.8, 40, 0.9, "the king", 32, 4, 42);
        String text2 = "- A *comet* by night #7,\n2. blood on the [stones]\n_under_ the moon\nshall burn";
        Quatrain q2 = new Quatrain(0, text2, List.of(text2.split("\n")), List.of(), 1.2, 7, null, 0.9);
        SamplingSpec s2 = SamplingSpec.defaults().withTemperature(1.2).withSeed(7);
        return List.of(new ExportEntry(q1, s1, MODEL), new ExportEntry(q2, s2,
                new ModelSource("old.quatrain", "markov", "My *poems* #1", SHA)));
    }

    @Test
    void plainTextMatchesTheGoldenFile() throws IOException {
        assertGolden("quatrains.txt", QuatrainExporter.format(entries(), Format.TXT));
    }

    @Test
    void markdownMatchesTheGoldenFileAndEscapesModelText() throws IOException {
        String md = QuatrainExporter.format(entries(), Format.MARKDOWN);
        assertGolden("quatrains.md", md);
        assertThat(md).contains("> \\- A \\*comet\\* by night \\#7,  \n").contains("> 2\\. blood on the \\[stones\\]");
    }

    @Test
    void jsonMatchesTheGoldenFileAndCarriesEverythingToReproduce() throws IOException {
        String json = QuatrainExporter.format(entries(), Format.JSON);
        assertGolden("quatrains.json", json);
        JsonNode first = Json.mapper().readTree(json).get("quatrains").get(0);
        assertThat(first.get("index").asInt()).isEqualTo(3);
        assertThat(first.get("seed").asLong()).isEqualTo(42);
        assertThat(first.get("settings").get("topK").asInt()).isEqualTo(40);
        assertThat(first.get("model").get("corpusSha256").asText()).isEqualTo(SHA);
        assertThat(first.get("novelty").get("copiedSpans").get(0).get("start").asInt()).isEqualTo(36);
    }

    @Test
    void writeReplacesAnExistingFileAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("out.md");
        Files.writeString(file, "old");
        QuatrainExporter.write(entries(), Format.MARKDOWN, file);
        assertThat(Files.readString(file)).isEqualTo(QuatrainExporter.format(entries(), Format.MARKDOWN));
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void formatFollowsTheFileExtension() {
        assertThat(Format.forFileName("a.TXT")).contains(Format.TXT);
        assertThat(Format.forFileName("poems.md")).contains(Format.MARKDOWN);
        assertThat(Format.forFileName("x.json")).contains(Format.JSON);
        assertThat(Format.forFileName("x.doc")).isEmpty();
    }

    @Test
    void noveltySummaryNamesTheFlaggedLines() {
        assertThat(NoveltySummary.describe(entries().get(0).quatrain().novelty()))
                .isEqualTo("longest copied run 6 words · 40% of 4-grams in the corpus · line 2 flagged");
        assertThat(NoveltySummary.describe(null)).startsWith("not checked");
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
