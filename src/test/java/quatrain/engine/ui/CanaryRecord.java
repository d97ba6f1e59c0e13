package quatrain.engine.ui;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A class a hostile run file names in its class table: it counts every instance made, so a test can tell whether
 * DL4J's statistics storage was let near it (it is not a {@code Persistable}: DL4J would make one, then fail).
 */
public final class CanaryRecord {
    static final AtomicInteger MADE = new AtomicInteger();

    public CanaryRecord() {
        MADE.incrementAndGet();
    }
}
