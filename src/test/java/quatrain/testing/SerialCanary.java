package quatrain.testing;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A payload class for the tests of hostile files: serializable, and its static initializer leaves a trace (a system
 * property, and a file when {@code -Dquatrain.canary.trace=FILE} names one), as a gadget's would run code. If a
 * reader ever initialises it, the trace shows. Calling anything on this class initialises it: build payloads with
 * {@link SerialPayloads}.
 */
public final class SerialCanary implements Serializable {
    public static final String PROPERTY = "quatrain.canary.initialised";
    public static final String TRACE_FILE_PROPERTY = "quatrain.canary.trace";
    private static final long serialVersionUID = 1L;

    static {
        System.setProperty(PROPERTY, "true");
        String trace = System.getProperty(TRACE_FILE_PROPERTY);
        if (trace != null) {
            try {
                Files.writeString(Path.of(trace), "the canary's static initializer ran\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final String note = "chirp";

    @Override
    public String toString() {
        return "SerialCanary " + note;
    }
}
