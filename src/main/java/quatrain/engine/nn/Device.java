package quatrain.engine.nn;

import org.nd4j.linalg.factory.Nd4j;

/**
 * Where ND4J keeps its arrays. The fast paths of this package (the fused layers' gate maths, {@link LanesRmsProp})
 * read and write the arrays' memory from Java: right on the CPU backend, where that memory is the arrays' own, and a
 * copy to and from the GPU at every step on the CUDA backend (nd4j-cuda, {@code -Pcuda}), where it is a host mirror.
 */
public final class Device {
    /** Class of ND4J's CUDA backend; present only in the GPU build. */
    public static final String CUDA_BACKEND_CLASS = "org.nd4j.linalg.jcublas.JCublasBackend";

    private static volatile Boolean gpu;

    private Device() {
    }

    /** Whether ND4J runs on its CUDA backend (initialises ND4J on the first call). */
    public static boolean gpu() {
        Boolean g = gpu;
        if (g == null) {
            g = Nd4j.getBackend().getClass().getName().equals(CUDA_BACKEND_CLASS);
            gpu = g;
        }
        return g;
    }
}
