package quatrain.engine.spark;

import java.io.Serializable;

import quatrain.engine.data.WindowOrder;
import quatrain.engine.data.WindowSet;

/**
 * Windows on their way to the worker that trains on them, as ids ({@link WindowSet#copy}'s layout: {@code count}
 * contexts of {@code length} ids, then their targets): a few bytes a token, where the minibatch's arrays, one-hot
 * characters above all, would be a few hundred.
 */
record WindowBatch(int count, int[] contexts, int[] targets) implements Serializable {

    static WindowBatch of(WindowSet windows, WindowOrder order, int from, int count) {
        int[] contexts = new int[count * windows.length()];
        int[] targets = new int[count];
        windows.copy(order, from, count, contexts, targets);
        return new WindowBatch(count, contexts, targets);
    }
}
