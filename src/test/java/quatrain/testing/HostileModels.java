package quatrain.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import quatrain.engine.bundle.BundleIO;
import quatrain.testing.RawZip.Raw;

/**
 * Hostile model files, made on the fly from a real small model (the golden word GRU, written again by this version):
 * each changes one thing an attacker (or a broken disk) could change, and says what a reader must not do with it.
 */
public final class HostileModels {
    public static final Path GOLDEN = Path.of("src/test/resources/golden/models");
    /** A JDK class no Quatrain code path loads, named where a layer's class belongs. */
    public static final String JDK_CLASS = "javax.script.ScriptEngineManager";
    public static final long THREE_GB = 3_000_000_000L;

    /** A hostile file and the part of the one-line refusal that names what is wrong. */
    public record Hostile(Path file, String refusal) {
    }

    private HostileModels() {
    }

    /** The golden word GRU as this version writes it. */
    public static Path base(Path dir) {
        Path file = dir.resolve("base.quatrain");
        if (!Files.exists(file)) {
            BundleIO.write(BundleIO.read(GOLDEN.resolve("word-gru.quatrain")), file);
        }
        return file;
    }

    /** Every hostile network file, by name. */
    public static Map<String, Hostile> all(Path dir) {
        Path base = base(dir);
        Map<String, Hostile> out = new LinkedHashMap<>();
        out.put("preprocessor-canary", new Hostile(inner(base, dir.resolve("preprocessor-canary.quatrain"),
                e -> plus(e, Raw.deflated("preprocessor.bin", SerialPayloads.canary()))),
                "its network.zip holds an entry \"preprocessor.bin\" that Quatrain Studio never writes"));
        out.put("preprocessor-first", new Hostile(inner(base, dir.resolve("preprocessor-first.quatrain"), e -> {
            List<Raw> l = new ArrayList<>(List.of(Raw.deflated("preprocessor.bin", SerialPayloads.canary())));
            l.addAll(e);
            return l;
        }), "its network.zip holds an entry \"preprocessor.bin\""));
        out.put("nested-sets", new Hostile(inner(base, dir.resolve("nested-sets.quatrain"),
                e -> plus(e, Raw.deflated("preprocessor.bin", SerialPayloads.nestedSets()))),
                "\"preprocessor.bin\" that Quatrain Studio never writes"));
        out.put("normalizer", new Hostile(inner(base, dir.resolve("normalizer.quatrain"),
                e -> plus(e, Raw.deflated("normalizer.bin", SerialPayloads.canary()))),
                "\"normalizer.bin\" that Quatrain Studio never writes"));
        out.put("foreign-inner", new Hostile(inner(base, dir.resolve("foreign-inner.quatrain"),
                e -> plus(e, Raw.deflated("model.py", "import os".getBytes(StandardCharsets.UTF_8)))),
                "its network.zip holds an entry \"model.py\""));
        out.put("foreign-outer", new Hostile(outer(base, dir.resolve("foreign-outer.quatrain"),
                e -> plus(e, Raw.deflated("readme.txt", "hello".getBytes(StandardCharsets.UTF_8)))),
                "it holds an entry \"readme.txt\" that Quatrain Studio never writes"));
        out.put("claims-3e9", new Hostile(inner(base, dir.resolve("claims-3e9.quatrain"),
                e -> replaced(e, "coefficients.bin", b -> Raw.deflated("coefficients.bin", claiming(b, 3_000_000_000L)))),
                "network.zip/coefficients.bin declares 3,000,000,000 values but the network's configuration has"));
        out.put("configuration-bomb", new Hostile(inner(base, dir.resolve("configuration-bomb.quatrain"),
                e -> replaced(e, "configuration.json", b -> bomb("configuration.json", new byte[0], (byte) ' '))),
                "network.zip/configuration.json holds more than the 4.2 MB"));
        out.put("coefficients-bomb", new Hostile(inner(base, dir.resolve("coefficients-bomb.quatrain"),
                e -> replaced(e, "coefficients.bin", b -> bomb("coefficients.bin", new byte[0], (byte) 0))),
                "network.zip/coefficients.bin holds more than the"));
        out.put("coefficients-bomb-after-header", new Hostile(inner(base,
                dir.resolve("coefficients-bomb-after-header.quatrain"),
                e -> replaced(e, "coefficients.bin", b -> bomb("coefficients.bin", headerOf(b), (byte) 0))),
                "network.zip/coefficients.bin holds more"));
        out.put("history-bomb", new Hostile(outer(base, dir.resolve("history-bomb.quatrain"),
                e -> replaced(e, "history.json", b -> bomb("history.json", new byte[0], (byte) ' '))),
                "history.json holds more than the 67.1 MB"));
        out.put("network-declares-3gb", new Hostile(outer(base, dir.resolve("network-declares-3gb.quatrain"),
                e -> replaced(e, "network.zip", b -> bomb("network.zip", new byte[0], (byte) 0))),
                "network.zip declares 3.0 GB but takes"));
        out.put("jdk-class", new Hostile(inner(base, dir.resolve("jdk-class.quatrain"),
                e -> replaced(e, "configuration.json", b -> Raw.deflated("configuration.json", firstClassNamed(b, JDK_CLASS)))),
                "its network configuration names the class " + JDK_CLASS
                        + ", which is not a class a Quatrain Studio model uses"));
        out.put("huge-network", new Hostile(inner(base, dir.resolve("huge-network.quatrain"),
                e -> replaced(e, "configuration.json", b -> Raw.deflated("configuration.json", hugeEmbedding(b)))),
                "parameters) needs"));
        return out;
    }

    /** A Markov model whose chain claims the most contexts a table may have, then inflates to gigabytes of zeros. */
    public static Path markovBomb(Path dir) {
        Path base = GOLDEN.resolve("markov.quatrain");
        return outer(base, dir.resolve("markov-bomb.quatrain"), e -> replaced(e, "markov.bin", b -> {
            ByteBuffer header = ByteBuffer.allocate(24).put(b, 0, 16).putInt(1 << 27).putInt(1 << 27);
            return bomb("markov.bin", header.array(), (byte) 0);
        }));
    }

    /** network.zip's entries changed by {@code change}; everything else as in {@code base}. */
    public static Path inner(Path base, Path out, UnaryOperator<List<Raw>> change) {
        return outer(base, out, e -> replaced(e, "network.zip",
                b -> Raw.stored("network.zip", RawZip.write(change.apply(entries(b))))));
    }

    /** The file's entries changed by {@code change}. */
    public static Path outer(Path base, Path out, UnaryOperator<List<Raw>> change) {
        try {
            Files.write(out, RawZip.write(change.apply(entries(Files.readAllBytes(base)))));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zip's entries as stored, their content re-compressed as each was (stored stays stored). */
    public static List<Raw> entries(byte[] zip) {
        try {
            Path tmp = Files.createTempFile("hostile", ".zip");
            try {
                Files.write(tmp, zip);
                List<Raw> out = new ArrayList<>();
                try (ZipFile z = new ZipFile(tmp.toFile())) {
                    for (ZipEntry e : z.stream().toList()) {
                        try (InputStream in = z.getInputStream(e)) {
                            byte[] content = in.readAllBytes();
                            // network.zip, best-params.bin and judge-network.zip stay uncompressed, as the format
                            // writes them
                            boolean stored = e.getMethod() == ZipEntry.STORED || e.getName().equals("network.zip")
                                    || e.getName().equals("best-params.bin") || e.getName().equals("judge-network.zip");
                            out.add(stored ? Raw.stored(e.getName(), content) : Raw.deflated(e.getName(), content));
                        }
                    }
                }
                return out;
            } finally {
                Files.delete(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] content(List<Raw> entries, String name) {
        Raw r = entries.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
        if (r.method() == ZipEntry.STORED) {
            return r.data();
        }
        try (InputStream in = new java.util.zip.InflaterInputStream(new java.io.ByteArrayInputStream(r.data()),
                new java.util.zip.Inflater(true))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Raw> plus(List<Raw> entries, Raw extra) {
        List<Raw> out = new ArrayList<>(entries);
        out.add(extra);
        return out;
    }

    public static List<Raw> replaced(List<Raw> entries, String name, java.util.function.Function<byte[], Raw> with) {
        List<Raw> out = new ArrayList<>();
        for (Raw e : entries) {
            out.add(e.name().equals(name) ? with.apply(content(entries, name)) : e);
        }
        return out;
    }

    /** 3 GB of {@code fill} after {@code prefix}, a few MB deflated, declaring its full size. */
    private static Raw bomb(String name, byte[] prefix, byte fill) {
        return new Raw(name, ZipEntry.DEFLATED, RawZip.bomb(prefix, fill, THREE_GB), 0, THREE_GB);
    }

    /** An ND4J array whose shape and length headers claim {@code n} values; its data stays as it was. */
    public static byte[] claiming(byte[] array, long n) {
        ByteBuffer b = ByteBuffer.wrap(array.clone());
        int p = 2 + 16;
        long info = b.getLong(p);
        p += 8 + 2 + 4;
        long rank = b.getLong(p);
        b.putLong(p + 8 * (int) rank, n);
        p += 8 * (int) info + 2 + 16;
        b.putLong(p, n);
        return b.array();
    }

    /** The two headers of an ND4J array (its first bytes, up to the first value). */
    private static byte[] headerOf(byte[] array) {
        ByteBuffer b = ByteBuffer.wrap(array);
        int p = 2 + 16;
        long info = b.getLong(p);
        p += 8 + 2 + 4 + 8 * (int) info + 2 + 16 + 8;
        int typeLength = b.getShort(p);
        return java.util.Arrays.copyOf(array, p + 2 + typeLength);
    }

    public static byte[] firstClassNamed(byte[] json, String className) {
        String s = new String(json, StandardCharsets.UTF_8);
        String changed = s.replaceFirst("\"@class\" : \"[^\"]+\"", "\"@class\" : \"" + className + "\"");
        return changed.getBytes(StandardCharsets.UTF_8);
    }

    /** The embedding layer as wide as a dimension may be (2²⁴ in and out): 2⁴⁸ parameters. */
    private static byte[] hugeEmbedding(byte[] json) {
        String s = new String(json, StandardCharsets.UTF_8);
        String changed = s.replaceFirst("\"nin\" : \\d+", "\"nin\" : 16777216")
                .replaceFirst("\"nout\" : \\d+", "\"nout\" : 16777216");
        return changed.getBytes(StandardCharsets.UTF_8);
    }

}
