package quatrain.app.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import quatrain.core.AtomicFiles;

/**
 * The small model shipped inside the app (trained on the built-in sample; how is in the README and in
 * {@code starter.properties} beside it), so that Generate writes quatrains at the first start. It is copied once into
 * the models folder and then opened like any other model file, through the same checking reader.
 */
@FunctionalInterface
public interface StarterModel {
    String RESOURCE = "/quatrain/app/starter/" + StarterModel.FILE_NAME;
    String FILE_NAME = "starter-quatrains-gru-sample.quatrain";

    /** The starter model's file, put in place if need be (blocking I/O); empty when there is none. */
    Optional<Path> install();

    /** No starter model (tests, and builds without the resource). */
    static StarterModel none() {
        return Optional::empty;
    }

    /** The model in the app's resources, copied to {@code modelsDir} unless a copy of the same size is there. */
    static StarterModel bundled(Path modelsDir) {
        return () -> install(StarterModel.class.getResource(RESOURCE), modelsDir.resolve(FILE_NAME));
    }

    static Optional<Path> install(URL resource, Path target) {
        if (resource == null) {
            return Optional.empty();
        }
        try {
            long size = resource.openConnection().getContentLengthLong();
            if (Files.isRegularFile(target) && size >= 0 && Files.size(target) == size) {
                return Optional.of(target);
            }
            AtomicFiles.write(target, out -> {
                try (InputStream in = resource.openStream()) {
                    in.transferTo(out);
                }
            });
            return Optional.of(target);
        } catch (IOException e) {
            throw new UncheckedIOException("The starter model could not be copied to " + target, e);
        }
    }
}
