package quatrain.engine.nn;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * {@code @ExtendWith(DoublePrecision.class)}: each test runs with ND4J's global default data type DOUBLE (the
 * reference layers and {@code GradientCheckUtil} need it) and the previous one back afterwards, as tests share a
 * JVM.
 */
final class DoublePrecision implements BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(DoublePrecision.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NAMESPACE).put(DataType.class, Nd4j.dataType());
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        DataType previous = context.getStore(NAMESPACE).remove(DataType.class, DataType.class);
        Nd4j.setDefaultDataTypes(previous, previous);
    }
}
