package quatrain.app;

import javafx.scene.Scene;

/** Work that must wait until a window has been laid out once, so that it never delays the first frame. */
public final class FirstLayout {
    private FirstLayout() {
    }

    /** Runs {@code then} once, on the FX thread, at the end of {@code scene}'s next layout pulse. */
    public static void then(Scene scene, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            then.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
