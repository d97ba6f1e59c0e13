package quatrain.engine;

import java.nio.file.Path;

import quatrain.engine.bundle.BundleIO;
import quatrain.engine.bundle.BundleInfo;

/**
 * Model files as the app and the command line see them: their extension and what a file says about itself. The
 * bundle reader and writer stay inside the engine, since they hand over the network itself.
 */
public final class ModelFiles {
    public static final String EXTENSION = BundleIO.EXTENSION;

    private ModelFiles() {
    }

    /** What the file says about itself, read without loading the network (see {@link BundleIO#readInfo}). */
    public static BundleInfo readInfo(Path file) {
        return BundleIO.readInfo(file);
    }
}
