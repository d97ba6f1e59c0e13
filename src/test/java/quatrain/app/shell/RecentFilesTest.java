package quatrain.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesTest {
    @TempDir
    Path dir;

    @Test
    void putsTheLatestFirstWithoutDuplicates() {
        List<String> list = RecentFiles.add(List.of(), dir.resolve("a.txt"));
        list = RecentFiles.add(list, dir.resolve("b.txt"));
        list = RecentFiles.add(list, dir.resolve("a.txt"));
        assertThat(list).containsExactly(dir.resolve("a.txt").toString(), dir.resolve("b.txt").toString());
    }

    @Test
    void keepsAtMostTen() {
        List<String> list = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            list = RecentFiles.add(list, dir.resolve(i + ".txt"));
        }
        assertThat(list).hasSize(RecentFiles.MAX).startsWith(dir.resolve("14.txt").toString())
                .endsWith(dir.resolve("5.txt").toString());
    }

    @Test
    void prunesFilesThatAreGone() throws IOException {
        Path kept = Files.writeString(dir.resolve("kept.txt"), "x");
        List<String> list = List.of(dir.resolve("gone.txt").toString(), kept.toString());
        assertThat(RecentFiles.pruneMissing(list)).containsExactly(kept.toString());
    }
}
