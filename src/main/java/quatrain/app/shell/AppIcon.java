package quatrain.app.shell;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.image.Image;

/**
 * The app's icon for window decorations and task bars, in the sizes drawn by installer/icon/IconMaker.java
 * (assets/icons, packed into the jar). The window manager picks the size it needs.
 */
final class AppIcon {
    static final int[] SIZES = {16, 32, 48, 64, 128, 256};

    private AppIcon() {
    }

    /** The icon in every size found; empty when the resources are missing (the window then has no icon). */
    static List<Image> images() {
        List<Image> images = new ArrayList<>();
        for (int size : SIZES) {
            try (InputStream in = AppIcon.class.getResourceAsStream("/quatrain/assets/icons/quatrain-studio-" + size
                    + ".png")) {
                if (in != null) {
                    images.add(new Image(in));
                }
            } catch (IOException e) {
                // a missing size is no reason to fail; the others still serve
            }
        }
        return images;
    }
}
