package quatrain.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quatrain.core.QuatrainException;
import quatrain.testing.ReadOnlyFolder;

class OutputLockTest {
    @TempDir
    Path dir;

    @Test
    void aSecondWriterToTheSameFileIsRefusedNamingTheFile() {
        Path model = dir.resolve("poems.quatrain");
        try (OutputLock first = OutputLock.acquire(model)) {
            assertThatThrownBy(() -> OutputLock.acquire(model)).isInstanceOf(QuatrainException.class)
                    .hasMessage("Another training is writing \"" + model + "\" (in this process); wait for it to finish"
                            + " or choose another output file.");
            assertThatThrownBy(() -> OutputLock.acquire(dir.resolve("./poems.quatrain")))
                    .as("the same file by another name").isInstanceOf(QuatrainException.class);
            try (OutputLock other = OutputLock.acquire(dir.resolve("other.quatrain"))) {
                assertThat(other).isNotNull();
            }
        }
        try (OutputLock again = OutputLock.acquire(model)) {
            assertThat(again).as("free once the first has finished").isNotNull();
        }
    }

    @Test
    void theLockFileSitsHiddenBesideTheModelAndGoesWithTheLock() {
        Path model = dir.resolve("poems.quatrain");
        Path lockFile = dir.resolve(".poems.quatrain.lock");
        try (OutputLock lock = OutputLock.acquire(model)) {
            assertThat(lockFile).content().isEqualToIgnoringWhitespace(Long.toString(ProcessHandle.current().pid()));
        }
        assertThat(lockFile).doesNotExist();
    }

    @Test
    void aLockFileLeftByAKilledRunBlocksNobody() throws Exception {
        Path model = dir.resolve("poems.quatrain");
        Path stale = Files.writeString(dir.resolve(".poems.quatrain.lock"), "999999999\n");
        try (OutputLock lock = OutputLock.acquire(model)) {
            assertThat(stale).content().isEqualToIgnoringWhitespace(Long.toString(ProcessHandle.current().pid()));
        }
        assertThat(stale).doesNotExist();
    }

    @Test
    void aMissingFolderIsCreatedAsTheSaveWouldCreateIt() {
        Path folder = dir.resolve("models/2026");
        try (OutputLock lock = OutputLock.acquire(folder.resolve("poems.quatrain"))) {
            assertThat(folder).isDirectory();
        }
    }

    @Test
    void aMissingFolderUnderAFileIsRefusedNamingTheFile() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");
        Path folder = file.resolve("models");
        assertThatThrownBy(() -> OutputLock.acquire(folder.resolve("poems.quatrain")))
                .hasMessage("Cannot save the model in \"" + folder + "\": \"" + file + "\" is not a folder.");
    }

    @Test
    void aFileWhereTheFolderShouldBeIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");
        assertThatThrownBy(() -> OutputLock.checkFolder(file.resolve("poems.quatrain")))
                .hasMessage("Cannot save the model in \"" + file + "\": that is not a folder.");
    }

    @Test
    void aFolderGivenAsTheModelFileIsRefused() {
        assertThatThrownBy(() -> OutputLock.checkFolder(dir))
                .hasMessage("Cannot save the model as \"" + dir + "\": that is a folder; give a file name.");
    }

    @Test
    void aReadOnlyFolderIsRefusedAndNothingIsLeftInIt() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("shared"));
        try (ReadOnlyFolder readOnly = ReadOnlyFolder.of(folder)) {
            assertThatThrownBy(() -> OutputLock.acquire(folder.resolve("poems.quatrain")))
                    .hasMessage("Cannot save the model in \"" + folder + "\": the folder is read-only.");
            Path below = folder.resolve("models");
            assertThatThrownBy(() -> OutputLock.acquire(below.resolve("poems.quatrain"))).hasMessage(
                    "Cannot save the model in \"" + below + "\": the folder does not exist and \"" + folder
                            + "\" is read-only.");
        }
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }
}
