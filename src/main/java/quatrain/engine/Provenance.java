package quatrain.engine;

import java.time.Instant;

import org.nd4j.common.config.ND4JClassLoading;

import quatrain.core.bundle.CorpusInfo;
import quatrain.core.bundle.Manifest;
import quatrain.core.spec.ModelSpec;

/** Builds the manifest of a model file: where the model came from and what made it. */
public final class Provenance {
    private Provenance() {
    }

    static String appVersion() {
        String v = Provenance.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }

    public static String dl4jVersion() {
        String v = ND4JClassLoading.class.getPackage().getImplementationVersion();
        return v != null ? v : "1.0.0-M2.1";
    }

    public static Manifest manifest(ModelSpec spec, long parameters, CorpusInfo corpus, long seed, String backend,
            String createdAt) {
        String now = Instant.now().toString();
        return new Manifest(Manifest.FORMAT, Manifest.CURRENT_VERSION, spec.kind().name(), spec.preset(), parameters,
                corpus, seed, appVersion(), spec.kind().isNeural() ? dl4jVersion() : "", System.getProperty("java.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version"), System.getProperty("os.arch"),
                backend, createdAt != null ? createdAt : now, now);
    }
}
