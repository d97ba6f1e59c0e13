package quatrain.engine.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import quatrain.core.bundle.BundleException;

class CappedInputStreamTest {
    private static final Problems PROBLEMS = new Problems("x.quatrain");

    @Test
    void passesUpToTheCap() throws IOException {
        try (InputStream in = CappedInputStream.of(new ByteArrayInputStream(new byte[100]), 100, PROBLEMS, "e", true)) {
            assertThat(in.readAllBytes()).hasSize(100);
        }
    }

    @Test
    void refusesTheByteAfterTheCapHoweverItIsRead() {
        assertThatThrownBy(() -> capped(101, 100).readAllBytes()).isInstanceOf(BundleException.class)
                .hasMessage("\"x.quatrain\" was not opened: e holds more than the 100 bytes its format allows");
        assertThatThrownBy(() -> {
            InputStream in = capped(101, 100);
            while (in.read() >= 0) {
                // one byte at a time
            }
        }).isInstanceOf(BundleException.class);
        assertThatThrownBy(() -> capped(101, 100).skip(1000)).isInstanceOf(BundleException.class);
    }

    @Test
    void neverAsksTheEntryForMoreThanOneBytePastTheCap() throws IOException {
        AtomicLong asked = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                asked.incrementAndGet();
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                asked.addAndGet(len);
                return len;
            }
        };
        InputStream in = CappedInputStream.of(endless, 1000, PROBLEMS, "e", true);
        assertThatThrownBy(() -> in.read(new byte[1 << 20])).isInstanceOf(BundleException.class);
        assertThat(asked.get()).isEqualTo(1001);
    }

    @Test
    void leavesTheUnderlyingStreamOpenWhenAsked() throws IOException {
        AtomicLong closed = new AtomicLong();
        InputStream under = new ByteArrayInputStream(new byte[3]) {
            @Override
            public void close() {
                closed.incrementAndGet();
            }
        };
        CappedInputStream.of(under, 10, PROBLEMS, "e", false).close();
        assertThat(closed.get()).isZero();
        CappedInputStream.of(under, 10, PROBLEMS, "e", true).close();
        assertThat(closed.get()).isOne();
    }

    private static InputStream capped(int size, long cap) {
        return CappedInputStream.of(new ByteArrayInputStream(new byte[size]), cap, PROBLEMS, "e", true);
    }
}
