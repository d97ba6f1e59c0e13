package quatrain.engine.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quatrain.core.bundle.Manifest;
import quatrain.core.bundle.SparkProvenance;
import quatrain.core.spec.SparkSpec;

/** docs/decisions/0007: every earlier manifest version reads as the current one; Spark provenance from version 2. */
class ManifestVersionsTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/models");
    private static final SparkProvenance CLUSTER = new SparkProvenance("spark://10.0.0.5:7077", 2, 4, 4,
            List.of("10.0.0.6:4711", "10.0.0.7:815"), "3.5.9", "1.0.0-M2", new SparkSpec(3, 0, 2, 0));

    @TempDir
    Path dir;

    @Test
    void versionOneFilesReadAsLocallyTrained() {
        for (String name : List.of("word-gru", "chars-lstm", "markov")) {
            Manifest m = BundleIO.readInfo(GOLDEN.resolve(name + ".quatrain")).manifest();
            assertThat(m.formatVersion()).isEqualTo(1);
            assertThat(m.spark()).isNull();
        }
    }

    @Test
    void aSparkTrainedFileKeepsItsClusterAndLocalOnesWriteNone() throws Exception {
        ModelBundle golden = BundleIO.read(GOLDEN.resolve("markov.quatrain"));
        Manifest current = new Manifest(golden.manifest().format(), Manifest.CURRENT_VERSION, golden.manifest().kind(),
                golden.manifest().preset(), 0, golden.manifest().corpus(), 42, "test", "", "17", "Linux", "amd64", "CPU",
                golden.manifest().createdAt(), golden.manifest().updatedAt());
        Path local = dir.resolve("local.quatrain");
        BundleIO.write(withManifest(golden, current), local);
        assertThat(BundleIO.readInfo(local).manifest()).isEqualTo(current);
        assertThat(new String(java.nio.file.Files.readAllBytes(local), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("\"spark\"");
        Path cluster = dir.resolve("cluster.quatrain");
        BundleIO.write(withManifest(golden, current.withSpark(CLUSTER)), cluster);
        assertThat(BundleIO.read(cluster).manifest().spark()).isEqualTo(CLUSTER);
        assertThat(BundleIO.readInfo(cluster).manifest().formatVersion()).isEqualTo(Manifest.CURRENT_VERSION);
    }

    @Test
    void aVersionOneManifestNeverHadSparkAndIsNotTakenWithIt() {
        ModelBundle golden = BundleIO.read(GOLDEN.resolve("markov.quatrain"));
        Path odd = dir.resolve("odd.quatrain");
        BundleIO.write(withManifest(golden, golden.manifest().withSpark(CLUSTER)), odd);
        assertThatThrownBy(() -> BundleIO.readInfo(odd)).hasMessageContaining("manifest is damaged");
    }

    /**
     * A file written before TrainingSpec had validationSplit held out random documents, and reads so; one written
     * before randomOffset cut its sequences at the same places every epoch, and reads so.
     */
    @Test
    void aTrainingSpecWithoutItsLaterSettingsReadsAsTheFilesOfThatTimeMeantIt() throws Exception {
        Path old = dir.resolve("old.quatrain");
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(GOLDEN.resolve("markov.quatrain").toFile());
                java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(
                        java.nio.file.Files.newOutputStream(old))) {
            for (java.util.zip.ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] bytes = in.getInputStream(e).readAllBytes();
                if (e.getName().equals("training-spec.json")) {
                    String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
                    assertThat(text).contains("\"validationSplit\"").doesNotContain("randomOffset");
                    bytes = text.replaceAll(",\\s*\"validationSplit\"\\s*:\\s*\"RANDOM\"", "")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))
                            .doesNotContain("validationSplit");
                }
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        assertThat(BundleIO.readInfo(old).training().validationSplit())
                .isEqualTo(quatrain.core.spec.ValidationSplit.RANDOM);
        assertThat(BundleIO.readInfo(old).training().randomOffset()).isFalse();
        assertThat(quatrain.engine.TrainedModel.open(old).generator().generateOne(
                quatrain.core.spec.SamplingSpec.defaults(), 1).lines()).hasSize(4);
    }

    private static ModelBundle withManifest(ModelBundle b, Manifest m) {
        return new ModelBundle(m, b.model(), b.training(), b.vocabulary(), b.history(), b.state(), b.documents(),
                b.network(), b.bestParams(), b.markov());
    }
}
