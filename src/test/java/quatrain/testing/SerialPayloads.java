package quatrain.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** Serialized object graphs a hostile file carries, made without running any of their classes' code here. */
public final class SerialPayloads {
    private SerialPayloads() {
    }

    /**
     * A serialized {@link SerialCanary}, made without initialising that class in this JVM (creating one would leave
     * the trace here): a {@link Decoy} with the same fields and version, its class name rewritten in the stream.
     */
    public static byte[] canary() {
        byte[] decoy = serialize(new Decoy());
        byte[] from = nameWithLength(Decoy.class.getName());
        byte[] to = nameWithLength("quatrain.testing.SerialCanary");
        int at = indexOf(decoy, from);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(decoy, 0, at);
        out.write(to, 0, to.length);
        out.write(decoy, at + from.length, decoy.length - at - from.length);
        return out.toByteArray();
    }

    /** The stand-in whose stream becomes the canary's (same fields, same version). */
    static final class Decoy implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String note = "chirp";
    }

    private static byte[] nameWithLength(String name) {
        byte[] b = name.getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[b.length + 2];
        out[0] = (byte) (b.length >> 8);
        out[1] = (byte) b.length;
        System.arraycopy(b, 0, out, 2, b.length);
        return out;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("class name not found in the stream");
    }

    /**
     * The "billion laughs" of Java serialization: 100 levels of sets, each holding two sets that hold the next level;
     * the stream is small but hashing it on the way in takes 2¹⁰⁰ steps.
     */
    public static byte[] nestedSets() {
        Set<Object> root = new HashSet<>();
        Set<Object> s1 = root;
        Set<Object> s2 = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            Set<Object> t1 = new HashSet<>();
            Set<Object> t2 = new HashSet<>();
            t1.add("foo");
            s1.add(t1);
            s1.add(t2);
            s2.add(t1);
            s2.add(t2);
            s1 = t1;
            s2 = t2;
        }
        return serialize(root);
    }

    private static byte[] serialize(Object o) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
