package quatrain.app.shell;

import java.util.Objects;

import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Menus, drop-downs and tooltips without shadows where windows cannot be transparent: there the theme's shadow is
 * drawn on an opaque popup window and shows as a white frame (see opaque-popups.css).
 */
final class OpaquePopups {
    static final String STYLESHEET = Objects.requireNonNull(OpaquePopups.class.getResource(
            "/quatrain/app/opaque-popups.css")).toExternalForm();

    private OpaquePopups() {
    }

    /** Styles the popups of {@code scene} (they take its stylesheets) for this platform. */
    static void apply(Scene scene) {
        apply(scene, Platform.isSupported(ConditionalFeature.TRANSPARENT_WINDOW));
    }

    static void apply(Scene scene, boolean transparentWindows) {
        if (!transparentWindows && !scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
    }
}
