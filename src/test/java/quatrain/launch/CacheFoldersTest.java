package quatrain.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import quatrain.core.AppDirs;

class CacheFoldersTest {
    private final AppDirs dirs = AppDirs.of("Linux", Map.of(), Path.of("/home/ann"));

    @Test
    void unpacksIntoTheAppsCacheFolderNotHiddenHomeOrSharedFolders() {
        Map<String, String> set = CacheFolders.propertiesFor(dirs, key -> null);
        assertThat(set).containsEntry(CacheFolders.JAVACPP, "/home/ann/.cache/quatrain-studio/javacpp")
                .containsEntry(CacheFolders.JAVAFX, "/home/ann/.cache/quatrain-studio/openjfx")
                .containsEntry(CacheFolders.VERTX, "/home/ann/.cache/quatrain-studio/vertx");
    }

    @Test
    void keepsFoldersGivenOnTheCommandLine() {
        Map<String, String> given = Map.of(CacheFolders.JAVACPP, "/opt/x", CacheFolders.JAVAFX, "/opt/y",
                CacheFolders.VERTX, "/opt/z");
        assertThat(CacheFolders.propertiesFor(dirs, given::get)).isEmpty();
    }

    @Test
    void honoursJavaCppsOtherSpellingOfTheProperty() {
        Map<String, String> given = Map.of("org.bytedeco.javacpp.cacheDir", "/opt/x");
        assertThat(CacheFolders.propertiesFor(dirs, given::get)).doesNotContainKey(CacheFolders.JAVACPP);
    }
}
