package quatrain.engine.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** One benchmark case's figures, printed as one JSON line: keys in insertion order. */
public final class BenchResult {
    private final Map<String, Object> values = new LinkedHashMap<>();

    public BenchResult put(String key, Object value) {
        values.put(key, value);
        return this;
    }

    public Map<String, Object> values() {
        return values;
    }
}
