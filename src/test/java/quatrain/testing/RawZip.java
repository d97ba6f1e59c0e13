package quatrain.testing;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;

/**
 * A zip written byte by byte, for hostile files {@code ZipOutputStream} will not make: an entry whose compressed
 * data is given (a deflate bomb) with whatever sizes and CRC it should declare.
 */
public final class RawZip {
    /** One entry as it lies in the zip: {@code data} is already compressed when {@code method} is DEFLATED. */
    public record Raw(String name, int method, byte[] data, long crc, long declaredSize) {
        public static Raw deflated(String name, byte[] content) {
            CRC32 crc = new CRC32();
            crc.update(content);
            return new Raw(name, ZipEntry.DEFLATED, deflate(content), crc.getValue(), content.length);
        }

        public static Raw stored(String name, byte[] content) {
            CRC32 crc = new CRC32();
            crc.update(content);
            return new Raw(name, ZipEntry.STORED, content, crc.getValue(), content.length);
        }
    }

    private RawZip() {
    }

    public static byte[] write(List<Raw> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Long> offsets = new ArrayList<>();
        for (Raw e : entries) {
            offsets.add((long) out.size());
            byte[] name = e.name().getBytes(StandardCharsets.UTF_8);
            ByteBuffer h = le(30 + name.length);
            h.putInt(0x04034b50).putShort((short) 20).putShort((short) 0).putShort((short) e.method())
                    .putShort((short) 0).putShort((short) 0x21).putInt((int) e.crc()).putInt(e.data().length)
                    .putInt((int) e.declaredSize()).putShort((short) name.length).putShort((short) 0).put(name);
            out.writeBytes(h.array());
            out.writeBytes(e.data());
        }
        long directory = out.size();
        for (int i = 0; i < entries.size(); i++) {
            Raw e = entries.get(i);
            byte[] name = e.name().getBytes(StandardCharsets.UTF_8);
            ByteBuffer c = le(46 + name.length);
            c.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0)
                    .putShort((short) e.method()).putShort((short) 0).putShort((short) 0x21).putInt((int) e.crc())
                    .putInt(e.data().length).putInt((int) e.declaredSize()).putShort((short) name.length)
                    .putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0)
                    .putInt((int) (long) offsets.get(i)).put(name);
            out.writeBytes(c.array());
        }
        long directoryBytes = out.size() - directory;
        ByteBuffer end = le(22);
        end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) entries.size())
                .putShort((short) entries.size()).putInt((int) directoryBytes).putInt((int) directory).putShort((short) 0);
        out.writeBytes(end.array());
        return out.toByteArray();
    }

    /**
     * Raw deflate data that inflates to {@code prefix} followed by {@code fill} up to {@code total} bytes, made in
     * milliseconds: after a sync flush the deflater's output for another megabyte of the same byte repeats exactly,
     * and each copy only refers back to bytes that are {@code fill}.
     */
    public static byte[] bomb(byte[] prefix, byte fill, long total) {
        int chunk = 1 << 20;
        byte[] block = new byte[chunk];
        Arrays.fill(block, fill);
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
        byte[] first = flush(d, concat(prefix, block));
        byte[] repeat = flush(d, block);
        byte[] again = flush(d, block);
        if (!Arrays.equals(repeat, again)) {
            throw new IllegalStateException("the deflater's output does not repeat");
        }
        d.finish();
        byte[] last = drain(d);
        long chunks = (total - prefix.length) / chunk;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        for (long i = 1; i < chunks; i++) {
            out.writeBytes(repeat);
        }
        out.writeBytes(last);
        return out.toByteArray();
    }

    private static byte[] flush(Deflater d, byte[] input) {
        d.setInput(input);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        int n;
        do {
            n = d.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
            out.write(buffer, 0, n);
        } while (n == buffer.length || !d.needsInput());
        return out.toByteArray();
    }

    private static byte[] drain(Deflater d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        while (!d.finished()) {
            out.write(buffer, 0, d.deflate(buffer));
        }
        return out.toByteArray();
    }

    public static byte[] deflate(byte[] content) {
        Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        d.setInput(content);
        d.finish();
        byte[] data = drain(d);
        d.end();
        return data;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static ByteBuffer le(int n) {
        return ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
    }
}
