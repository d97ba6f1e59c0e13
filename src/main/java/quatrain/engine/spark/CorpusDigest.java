package quatrain.engine.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The corpus's SHA-256 for the model's provenance, computed by the executors (one task a file) while the rest of the
 * run goes on: for one file the hash of its bytes, the very value local training records for the same file; for a
 * folder the hash of its files' {@code sha256sum} lines ("HASH  PATH\n", paths below the folder, in order).
 */
final class CorpusDigest {
    private static final Logger LOG = LoggerFactory.getLogger(CorpusDigest.class);

    private final CorpusSource source;
    private final JavaFutureAction<List<String>> hashes;
    private String value;

    private CorpusDigest(CorpusSource source, JavaFutureAction<List<String>> hashes) {
        this.source = source;
        this.hashes = hashes;
    }

    static CorpusDigest start(JavaSparkContext jsc, CorpusSource source) {
        Map<String, String> settings = new HashMap<>();
        jsc.hadoopConfiguration().forEach(e -> settings.put(e.getKey(), e.getValue()));
        return new CorpusDigest(source, jsc.parallelize(source.files(), Math.max(1, source.files().size()))
                .map(file -> sha256(file, settings)).collectAsync());
    }

    /** The hash, waiting for it if needed; empty if it could not be computed (said in the log). */
    synchronized String sha256() {
        if (value == null) {
            try {
                value = combine(source, hashes.get());
            } catch (ExecutionException | RuntimeException e) {
                LOG.warn("Could not hash the corpus {}: {}", source.uri(), e.getMessage());
                value = "";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "";
            }
        }
        return value;
    }

    static String combine(CorpusSource source, List<String> hashes) {
        if (source.files().size() == 1 && source.files().get(0).equals(source.root())) {
            return hashes.get(0);
        }
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < hashes.size(); i++) {
            String file = source.files().get(i);
            String below = file.startsWith(source.root() + "/") ? file.substring(source.root().length() + 1) : file;
            lines.append(hashes.get(i)).append("  ").append(below).append('\n');
        }
        return HexFormat.of().formatHex(digest().digest(lines.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static String sha256(String file, Map<String, String> settings) throws IOException {
        Configuration conf = new Configuration(false);
        settings.forEach(conf::set);
        Path path = new Path(file);
        MessageDigest sha = digest();
        byte[] buffer = new byte[1 << 20];
        try (InputStream in = path.getFileSystem(conf).open(path)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                sha.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always present", e);
        }
    }
}
