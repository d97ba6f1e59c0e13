package quatrain.engine.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Live and dead owners in other processes: {@link SharedRunsProcessTest#aSecondJvmServesTheRunThisJvmShows}. */
class RunViewFolderTest {
    @TempDir
    Path root;

    @Test
    void aFolderIsThisProcesssUntilClosedAndThenGone() throws Exception {
        RunViewFolder folder = RunViewFolder.open(root);
        Path copy = Files.writeString(folder.newCopy("run-a"), "copy");
        assertThat(folder.newCopy("run-a")).isNotEqualTo(copy);
        assertThat(folder.path().getFileName().toString()).startsWith(ProcessHandle.current().pid() + "-");

        RunViewFolder.removeAbandoned(root);
        assertThat(copy).as("this process's own copy, kept while it is open").exists();
        RunViewFolder.open(root).close();
        assertThat(copy).exists();

        folder.close();
        assertThat(folder.path()).doesNotExist();
    }

    @Test
    void aFolderWhoseOwnerIsGoneIsRemovedWhenTheNextOneOpens() throws Exception {
        Path left = Files.createDirectories(root.resolve("999999-deadbeef"));
        Files.createFile(left.resolve(RunViewFolder.OWNER));
        Files.writeString(left.resolve("1-run.dl4j"), "copy");
        Path making = Files.createDirectories(root.resolve("999998-beingmade"));

        RunViewFolder.open(root).close();

        assertThat(left).doesNotExist();
        assertThat(making).as("a folder without its owner file yet").exists();
    }
}
