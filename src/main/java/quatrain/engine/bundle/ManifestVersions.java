package quatrain.engine.bundle;

import java.io.IOException;

import com.fasterxml.jackson.databind.node.ObjectNode;

import quatrain.core.bundle.Manifest;

/**
 * Reads every manifest version there has been as the current one (docs/decisions/0007): each version's additions
 * are filled in with what they mean for a file written before them. Version 1 knew nothing of Spark: its files were
 * trained locally ({@code spark} is null). The same for the specs' settings that came after their first files
 * ({@link #upgradeTrainingSpec}).
 */
final class ManifestVersions {
    private ManifestVersions() {
    }

    /** The manifest of a file of {@code formatVersion} up to {@link Manifest#CURRENT_VERSION}, as the current layout. */
    static ObjectNode upgrade(ObjectNode manifest) throws IOException {
        int version = manifest.path("formatVersion").asInt(0);
        if (version < 2 && manifest.has("spark")) {
            throw new IOException("a version " + version + " manifest has no \"spark\"");
        }
        if (!manifest.has("spark")) {
            manifest.putNull("spark"); // version 1, or local training: written only for Spark training
        }
        return manifest;
    }

    /**
     * A training spec as the current layout: {@code validationSplit} came after the first version-1 files, which held
     * out random documents ({@code RANDOM}, as {@code TrainingSpec} documents); {@code randomOffset} after the first
     * version-3 files, which cut every-step sequences at the same places every epoch ({@code false}).
     */
    static ObjectNode upgradeTrainingSpec(ObjectNode training) {
        if (!training.has("validationSplit")) {
            training.put("validationSplit", "RANDOM");
        }
        if (!training.has("randomOffset")) {
            training.put("randomOffset", false);
        }
        return training;
    }
}
