package quatrain.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import quatrain.core.SerialFilter;

/**
 * Every test class runs under the process-wide deserialization filter, as the app and the command line do
 * ({@code quatrain.Main} installs it first thing): a test that needs a class the filter refuses shows that the app
 * would fail the same way. Registered for all tests through junit-platform.properties.
 */
public final class SerialFilterExtension implements BeforeAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
        if (!SerialFilter.install()) {
            throw new IllegalStateException("another process-wide deserialization filter is set");
        }
    }
}
