package quatrain.engine.bundle;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

import quatrain.core.bundle.BundleException;

/**
 * Passes at most {@code cap} bytes of an entry through and refuses the moment one more arrives, whatever size
 * the zip headers declare (they are written by whoever made the file). Closing it leaves the underlying stream
 * open when asked to, for the entries of a {@link java.util.zip.ZipInputStream}.
 */
final class CappedInputStream extends FilterInputStream {
    private final long cap;
    private final Supplier<BundleException> tooLarge;
    private final boolean closeUnderlying;
    private long count;

    CappedInputStream(InputStream in, long cap, Supplier<BundleException> tooLarge, boolean closeUnderlying) {
        super(in);
        this.cap = cap;
        this.tooLarge = tooLarge;
        this.closeUnderlying = closeUnderlying;
    }

    /** Refuses with {@link Problems#tooLarge} naming the entry. */
    static CappedInputStream of(InputStream in, long cap, Problems problems, String entry, boolean closeUnderlying) {
        return new CappedInputStream(in, cap, () -> problems.tooLarge(entry, cap), closeUnderlying);
    }

    long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        // Never asks for more than one byte past the cap, so an entry of 3 GB costs cap + 1 bytes of inflating.
        int n = in.read(b, off, (int) Math.min(len, cap - count + 1));
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] buffer = new byte[(int) Math.min(n, 8192)];
        long skipped = 0;
        while (skipped < n) {
            int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public void close() throws IOException {
        if (closeUnderlying) {
            in.close();
        }
    }

    private void counted(int n) {
        count += n;
        if (count > cap) {
            throw tooLarge.get();
        }
    }
}
