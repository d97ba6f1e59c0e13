package quatrain.engine.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

class ZipDirectoryTest {
    private static final Problems PROBLEMS = new Problems("x.quatrain");

    @Test
    void readsTheNamesFromTheCentralDirectoryWithAComment() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : List.of("configuration.json", "coefficients.bin", "updaterState.bin")) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(new byte[200_000]);
                zip.closeEntry();
            }
            zip.setComment("a comment");
        }
        byte[] zip = bytes.toByteArray();
        assertThat(ZipDirectory.names(new ByteArrayInputStream(zip), zip.length, PROBLEMS, "network.zip"))
                .containsExactly("configuration.json", "coefficients.bin", "updaterState.bin");
    }

    @Test
    void aZipWithoutItsEndIsDamaged() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("a"));
            zip.write(new byte[1000]);
        }
        byte[] cut = Arrays.copyOf(bytes.toByteArray(), bytes.size() - 30);
        assertThatThrownBy(() -> ZipDirectory.names(new ByteArrayInputStream(cut), cut.length, PROBLEMS, "network.zip"))
                .hasMessage("\"x.quatrain\" is damaged: network.zip is not a zip (no end of its central directory)");
        byte[] zeros = new byte[5000];
        assertThatThrownBy(() -> ZipDirectory.names(new ByteArrayInputStream(zeros), 5000, PROBLEMS, "network.zip"))
                .hasMessageContaining("no end of its central directory");
        assertThatThrownBy(() -> ZipDirectory.names(new ByteArrayInputStream(zeros), 9000, PROBLEMS, "network.zip"))
                .hasMessageContaining("truncated");
    }
}
