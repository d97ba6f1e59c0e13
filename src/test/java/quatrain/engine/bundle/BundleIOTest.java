package quatrain.engine.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

import quatrain.core.bundle.BundleException;
import quatrain.core.bundle.Manifest;
import quatrain.core.spec.Overrides;
import quatrain.core.spec.Presets;
import quatrain.core.training.TrainingControl;
import quatrain.core.training.TrainingListener;
import quatrain.engine.Trainer;
import quatrain.engine.TrainingRequest;
import quatrain.testing.TestCorpora;

class BundleIOTest {
    @TempDir
    static Path shared;
    static Path neural;
    static Path markov;

    @TempDir
    Path dir;

    @BeforeAll
    static void trainTwoSmallModels() {
        var gru = Presets.get(Presets.QUATRAINS_GRU);
        neural = shared.resolve("gru.quatrain");
        new Trainer().train(new TrainingRequest(TestCorpora.corpus(60, 1),
                Overrides.apply(gru.model(), Map.of("units", "8", "embeddingSize", "4")),
                Overrides.apply(gru.training(), Map.of("epochs", "1", "batchSize", "64", "sampleEvery", "0")), neural, null),
                TrainingListener.NONE, new TrainingControl());
        var m = Presets.get(Presets.MARKOV);
        markov = shared.resolve("markov.quatrain");
        new Trainer().train(new TrainingRequest(TestCorpora.corpus(60, 1), m.model(), m.training(), markov, null),
                TrainingListener.NONE, new TrainingControl());
    }

    @Test
    void networkBundleRoundTripsEverything() {
        ModelBundle b = BundleIO.read(neural);
        assertThat(b.network()).isNotNull();
        assertThat(b.network().getUpdater().getStateViewArray()).as("optimizer state kept").isNotNull();
        assertThat(b.bestParams().length()).isEqualTo(b.network().numParams());
        assertThat(b.documents()).hasSize(60);
        Path copy = dir.resolve("copy.quatrain");
        BundleIO.write(b, copy);
        ModelBundle again = BundleIO.read(copy);
        assertThat(again.model()).isEqualTo(b.model());
        assertThat(again.training()).isEqualTo(b.training());
        assertThat(again.vocabulary()).isEqualTo(b.vocabulary());
        assertThat(again.history()).isEqualTo(b.history());
        assertThat(again.state()).isEqualTo(b.state());
        assertThat(again.network().params()).isEqualTo(b.network().params());
        assertThat(again.network().getUpdater().getStateViewArray()).isEqualTo(b.network().getUpdater().getStateViewArray());
        assertThat(again.manifest().createdAt()).isEqualTo(b.manifest().createdAt());
    }

    @Test
    void markovBundleRoundTrips() {
        ModelBundle b = BundleIO.read(markov);
        assertThat(b.network()).isNull();
        Path copy = dir.resolve("m.quatrain");
        BundleIO.write(b, copy);
        assertThat(BundleIO.read(copy).markov()).isEqualTo(b.markov());
    }

    @Test
    void manifestCarriesProvenance() {
        var m = BundleIO.readInfo(neural).manifest();
        assertThat(m.format()).isEqualTo("quatrain-model");
        assertThat(m.corpus().sha256()).hasSize(64);
        assertThat(m.javaVersion()).isEqualTo(System.getProperty("java.version"));
        assertThat(m.dl4jVersion()).startsWith("1.0.0");
        assertThat(m.os()).isNotBlank();
        assertThat(m.parameters()).isPositive();
    }

    @Test
    void truncatedFileGetsAClearMessage() throws IOException {
        byte[] bytes = Files.readAllBytes(neural);
        Path cut = dir.resolve("cut.quatrain");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> BundleIO.read(cut)).isInstanceOf(BundleException.class)
                .hasMessageContaining("cut.quatrain").hasMessageContaining("damaged");
    }

    @Test
    void corruptBytesGetAClearMessage() throws IOException {
        byte[] bytes = Files.readAllBytes(markov);
        for (int i = 40; i < bytes.length - 200; i += 7) {
            bytes[i] ^= 0x5A;
        }
        Path bad = dir.resolve("bad.quatrain");
        Files.write(bad, bytes);
        assertThatThrownBy(() -> BundleIO.read(bad)).isInstanceOf(BundleException.class).hasMessageContaining("bad.quatrain");
    }

    @Test
    void foreignFilesAreRecognisedAsSuch() throws IOException {
        Path text = dir.resolve("notes.quatrain");
        Files.writeString(text, "just some text");
        assertThatThrownBy(() -> BundleIO.read(text)).hasMessageContaining("not a Quatrain Studio model file");
        Path zip = zipWith("other.quatrain", "readme.txt", "hello");
        assertThatThrownBy(() -> BundleIO.read(zip)).hasMessageContaining("zip file but not a Quatrain Studio model");
        Path wrongFormat = zipWith("w.quatrain", "manifest.json", "{\"format\":\"something-else\"}");
        assertThatThrownBy(() -> BundleIO.read(wrongFormat)).isInstanceOf(BundleException.class);
    }

    @Test
    void entriesThatWouldEscapeTheirFolderAreRefused() throws IOException {
        Path evil = zipWith("evil.quatrain", "../../etc/passwd", "x");
        assertThatThrownBy(() -> BundleIO.read(evil)).hasMessageContaining("unsafe entry name");
    }

    @Test
    void newerFormatVersionAsksForAnUpdate() throws IOException {
        String manifest = new String(entry(markov, "manifest.json"), StandardCharsets.UTF_8)
                .replaceAll("\"formatVersion\"\\s*:\\s*\\d+", "\"formatVersion\" : 99");
        Path newer = zipWith("newer.quatrain", "manifest.json", manifest);
        assertThatThrownBy(() -> BundleIO.read(newer)).hasMessageContaining("newer Quatrain Studio");
    }

    /** A newer version may add fields this one does not know: its version is read before the strict reading. */
    @Test
    void aNewerManifestWithFieldsOfItsOwnStillAsksForAnUpdate() throws IOException {
        String manifest = new String(entry(markov, "manifest.json"), StandardCharsets.UTF_8)
                .replaceAll("\"formatVersion\"\\s*:\\s*\\d+", "\"formatVersion\" : " + (Manifest.CURRENT_VERSION + 1) + ", \"quantum\" : {\"qubits\" : 7}");
        Path newer = zipWith("newer.quatrain", "manifest.json", manifest);
        assertThatThrownBy(() -> BundleIO.read(newer)).hasMessageContaining("newer Quatrain Studio")
                .hasMessageContaining("model format " + (Manifest.CURRENT_VERSION + 1) + "; this version reads up to "
                        + Manifest.CURRENT_VERSION);
        assertThatThrownBy(() -> BundleIO.readInfo(newer)).hasMessageContaining("newer Quatrain Studio");
    }

    @Test
    void missingFileAndFolderAreReportedPlainly() {
        assertThatThrownBy(() -> BundleIO.read(dir.resolve("none.quatrain"))).hasMessageContaining("No model file at");
        assertThatThrownBy(() -> BundleIO.read(dir)).hasMessageContaining("is a folder");
    }

    @Test
    void writingReplacesAtomicallyAndLeavesNoTemporaryFiles() throws IOException {
        ModelBundle b = BundleIO.read(markov);
        Path target = dir.resolve("atomic.quatrain");
        BundleIO.write(b, target);
        BundleIO.write(b, target);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("atomic.quatrain");
        }
    }

    @Test
    void theNetworkIsWrittenAsAStreamInEntriesAnEarlierVersionReads() throws IOException {
        ModelBundle b = BundleIO.read(neural);
        Path file = dir.resolve("new.quatrain");
        BundleIO.write(b, file);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (String name : List.of("network.zip", "best-params.bin")) {
                ZipEntry e = zip.getEntry(name);
                assertThat(e.getCompressedSize()).as(name + " deflated at level 0").isGreaterThan(e.getSize());
            }
            // what the BundleIO before this one did with these entries
            MultiLayerNetwork earlier = ModelSerializer.restoreMultiLayerNetwork(
                    new ByteArrayInputStream(zip.getInputStream(zip.getEntry("network.zip")).readAllBytes()), true);
            assertThat(earlier.params()).isEqualTo(b.network().params());
            assertThat(earlier.getUpdater().getStateViewArray()).isEqualTo(b.network().getUpdater().getStateViewArray());
            try (DataInputStream in = new DataInputStream(zip.getInputStream(zip.getEntry("best-params.bin")))) {
                assertThat(Nd4j.read(in)).isEqualTo(b.bestParams());
            }
        }
    }

    @Test
    void aSaveThatFailsHalfwayLeavesTheOldFileByteIdenticalAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("kept.quatrain");
        Files.copy(neural, target);
        byte[] before = Files.readAllBytes(target);
        ModelBundle b = BundleIO.read(neural);
        // best parameters of a type no model saves: the writer fails after the network is already in the file
        ModelBundle broken = new ModelBundle(b.manifest(), b.model(), b.training(), b.vocabulary(), b.history(),
                b.state(), b.documents(), b.network(), Nd4j.zeros(DataType.INT, b.network().numParams()), null);
        assertThatThrownBy(() -> BundleIO.write(broken, target)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Files.readAllBytes(target)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("kept.quatrain");
        }
    }

    private Path zipWith(String name, String entry, String content) throws IOException {
        Path p = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(p); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return p;
    }

    private static byte[] entry(Path file, String name) throws IOException {
        try (var zip = new java.util.zip.ZipFile(file.toFile())) {
            return zip.getInputStream(zip.getEntry(name)).readAllBytes();
        }
    }
}
