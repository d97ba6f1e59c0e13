package quatrain.app.training;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;

/** Writes a JavaFX image as PNG. Blocking: call it off the UI thread (the image must not change meanwhile). */
final class PngWriter {
    private PngWriter() {
    }

    static void write(Image image, Path file) throws IOException {
        BufferedImage pixels = SwingFXUtils.fromFXImage(image, null);
        if (!ImageIO.write(pixels, "png", file.toFile())) {
            throw new IOException("no PNG writer is available");
        }
    }
}
