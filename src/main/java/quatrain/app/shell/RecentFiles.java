package quatrain.app.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Rules of a recent-files list: most recent first, no duplicates, at most {@link #MAX} entries. */
public final class RecentFiles {
    public static final int MAX = 10;

    private RecentFiles() {
    }

    /** {@code list} with {@code file} moved (or added) to the front. */
    public static List<String> add(List<String> list, Path file) {
        String entry = file.toAbsolutePath().normalize().toString();
        List<String> out = new ArrayList<>(MAX);
        out.add(entry);
        for (String s : list) {
            if (out.size() == MAX) {
                break;
            }
            if (!s.equals(entry)) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    public static List<String> remove(List<String> list, Path file) {
        String entry = file.toAbsolutePath().normalize().toString();
        return list.stream().filter(s -> !s.equals(entry)).toList();
    }

    public static boolean contains(List<String> list, Path file) {
        return list.contains(file.toAbsolutePath().normalize().toString());
    }

    /** Drops entries whose file is gone (touches the disk: call it off the UI thread). */
    public static List<String> pruneMissing(List<String> list) {
        return list.stream().filter(s -> Files.isRegularFile(Path.of(s))).limit(MAX).toList();
    }
}
