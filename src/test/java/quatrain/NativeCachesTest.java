package quatrain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import quatrain.core.AppDirs;

class NativeCachesTest {
    private final AppDirs dirs = AppDirs.of("Linux", Map.of(), Path.of("/home/ann"));

    @Test
    void unpacksIntoTheAppsCacheFolderNotHiddenHomeFolders() {
        Map<String, String> set = NativeCaches.propertiesFor(dirs, key -> null);
        assertThat(set).containsEntry(NativeCaches.JAVACPP, "/home/ann/.cache/quatrain-studio/javacpp")
                .containsEntry(NativeCaches.JAVAFX, "/home/ann/.cache/quatrain-studio/openjfx");
    }

    @Test
    void keepsFoldersGivenOnTheCommandLine() {
        Map<String, String> given = Map.of(NativeCaches.JAVACPP, "/opt/x", NativeCaches.JAVAFX, "/opt/y");
        assertThat(NativeCaches.propertiesFor(dirs, given::get)).isEmpty();
    }

    @Test
    void honoursJavaCppsOtherSpellingOfTheProperty() {
        Map<String, String> given = Map.of("org.bytedeco.javacpp.cacheDir", "/opt/x");
        assertThat(NativeCaches.propertiesFor(dirs, given::get)).doesNotContainKey(NativeCaches.JAVACPP);
    }
}
