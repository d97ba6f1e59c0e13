package quatrain.engine.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;

import org.nd4j.common.config.ND4JSystemProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * DL4J's training pages come from FreeMarker templates that {@code TrainModule} reads with
 * {@code Resources.asFile("templates/…")} at start and at every page view. Found only inside a jar, each read
 * extracts the template to a new file in the temp folder (deleted at exit, left there when the process is
 * killed), and the resolver also makes {@code ~/.cache/nd4j/test_resources}. Given a folder of local resources,
 * the resolver reads the files there instead: the templates are extracted once into the app's cache folder, and
 * the resolver's own cache folder moves there too. Both are system properties read when DL4J's resolver first
 * loads (the UI is its only user here); a value set on the command line is kept.
 */
final class UiTemplates {
    private static final Logger LOG = LoggerFactory.getLogger(UiTemplates.class);
    static final String FOLDER = "dl4j-ui";
    static final List<String> TEMPLATES = List.of("templates/TrainingOverview.html.ftl",
            "templates/TrainingModel.html.ftl", "templates/TrainingSystem.html.ftl");

    private UiTemplates() {
    }

    /** Extracts the templates into {@code cache/dl4j-ui} (unless there already) and points DL4J's resolver there. */
    static void useCacheFolder(Path cache) {
        Path folder;
        try {
            folder = extractInto(cache);
        } catch (IOException | RuntimeException e) {
            LOG.warn("DL4J's page templates stay in the jar (each page view then copies one to the temp folder): {}",
                    e.getMessage());
            return;
        }
        System.getProperties().putIfAbsent(ND4JSystemProperties.RESOURCES_LOCAL_DIRS, folder.toString());
        System.getProperties().putIfAbsent(ND4JSystemProperties.RESOURCES_CACHE_DIR,
                folder.resolve("resource-cache").toString());
    }

    /** Extracts the templates into {@code cache/dl4j-ui/templates} where they differ; returns {@code cache/dl4j-ui}. */
    static Path extractInto(Path cache) throws IOException {
        Path folder = cache.resolve(FOLDER);
        for (String template : TEMPLATES) {
            extract(template, folder.resolve(template));
        }
        return folder;
    }

    /** Writes the resource to {@code target} unless it holds it already; atomically, as two processes may start. */
    private static void extract(String resource, Path target) throws IOException {
        byte[] bytes;
        try (InputStream in = UiTemplates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no " + resource + " on the class path");
            }
            bytes = in.readAllBytes();
        }
        if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
            return;
        }
        Files.createDirectories(target.getParent());
        Path part = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        try {
            Files.write(part, bytes);
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
