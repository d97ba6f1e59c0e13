package quatrain.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedArchiveTest {
    @TempDir
    Path dir;

    @Test
    void theArchiveBesideTheJarIsUsedWithTheJarNamedByItsRealPath() throws IOException {
        Path jar = Files.writeString(dir.resolve("quatrain-studio.jar"), "jar");
        Path archive = Files.writeString(dir.resolve("quatrain-studio.jsa"), "archive");
        Path link = Files.createSymbolicLink(dir.resolve("link.jar"), jar);

        SharedArchive found = SharedArchive.forArguments(List.of("-Xmx2g", "-jar", link.toString())).orElseThrow();

        assertThat(found.archive()).isEqualTo(archive);
        assertThat(found.withJarAsArchived(List.of("-Xmx2g", "-jar", link.toString(), "train")))
                .containsExactly("-Xmx2g", "-jar", jar.toRealPath().toString(), "train");
        assertThat(found.options()).contains("-XX:SharedArchiveFile=" + archive);
    }

    @Test
    void anArchiveOlderThanItsJarOrNoneOrAClassPathStartIsNotUsed() throws IOException {
        Path jar = Files.writeString(dir.resolve("quatrain-studio.jar"), "jar");
        assertThat(SharedArchive.forArguments(List.of("-jar", jar.toString()))).isEmpty();

        Path archive = Files.writeString(dir.resolve("quatrain-studio.jsa"), "archive");
        Files.setLastModifiedTime(archive, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
        assertThat(SharedArchive.forArguments(List.of("-jar", jar.toString()))).isEmpty();

        assertThat(SharedArchive.forArguments(List.of("-cp", jar.toString(), "quatrain.Main"))).isEmpty();
        assertThat(SharedArchive.forArguments(List.of("-jar"))).isEmpty();
    }

    @Test
    void aJavaRestartMapsTheArchiveAndALauncherRestartDoesNot() throws IOException {
        Path jar = Files.writeString(dir.resolve("quatrain-studio.jar"), "jar");
        Path archive = Files.writeString(dir.resolve("quatrain-studio.jsa"), "archive");
        Optional<SharedArchive> found = SharedArchive.forArguments(List.of("-jar", jar.toString()));

        var java = JvmTuning.plan("/usr/bin/java", List.of("-jar", jar.toString()), Map.of(), false, true, found)
                .orElseThrow();
        assertThat(java.command()).containsSubsequence("/usr/bin/java", "--add-modules=jdk.incubator.vector",
                "-XX:SharedArchiveFile=" + archive, "-jar", jar.toRealPath().toString());

        var launcher = JvmTuning.plan("/opt/quatrain-studio/bin/Quatrain Studio", List.of(), Map.of(), true, true,
                found).orElseThrow();
        assertThat(launcher.command()).containsExactly("/opt/quatrain-studio/bin/Quatrain Studio");
    }
}
