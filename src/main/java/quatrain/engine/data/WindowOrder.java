package quatrain.engine.data;

/** The order in which a pass visits windows: {@code window(i)} is the i-th window visited. */
public interface WindowOrder {
    int size();

    int window(int i);

    /** Windows in the order of an array. */
    static WindowOrder of(int[] order) {
        return new WindowOrder() {
            @Override
            public int size() {
                return order.length;
            }

            @Override
            public int window(int i) {
                return order[i];
            }
        };
    }

    /** Windows 0, 1, 2, … {@code n - 1}. */
    static WindowOrder identity(int n) {
        return new WindowOrder() {
            @Override
            public int size() {
                return n;
            }

            @Override
            public int window(int i) {
                return i;
            }
        };
    }
}
