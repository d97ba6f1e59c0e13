package quatrain.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.stage.Window;

/**
 * Whether a node can be seen as a user sees it: every ancestor visible, and its bounds inside the window and
 * inside every clipping ancestor (a tab's content, a scroll pane's viewport). A labeled control must also
 * show its whole text, not an ellipsis. Call on the FX thread after a layout pass.
 */
public final class OnScreen {
    /** Slack for sub-pixel snapping. */
    private static final double EPSILON = 0.5;

    private OnScreen() {
    }

    /** Fails unless {@code node} is visible, entirely within its window and every clip, with all its text shown. */
    public static void assertShownInFull(Node node, String what) {
        for (Node n = node; n != null; n = n.getParent()) {
            assertThat(n.isVisible()).as("%s: %s is visible", what, n).isTrue();
        }
        Bounds bounds = node.localToScreen(node.getLayoutBounds());
        Bounds area = visibleArea(node);
        assertThat(contains(area, bounds)).as("%s at %s lies within the visible area %s", what, bounds, area)
                .isTrue();
        if (node instanceof Labeled labeled) {
            assertThat(shownText(labeled)).as("%s shows its whole text", what).isEqualTo(labeled.getText());
        }
    }

    /**
     * Fails unless {@code node} is shown in full or lies inside a scroll pane that is itself shown in full, so
     * the user can scroll to it.
     */
    public static void assertReachable(Node node, String what) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroll) {
                assertShownInFull(scroll, "the scroll pane around " + what);
                return;
            }
        }
        assertShownInFull(node, what);
    }

    /**
     * The text a labeled control draws: its own, or the clipped one ending in an ellipsis. The first text node
     * of its skin, which for a menu button or a combo box is inside a label of their own.
     */
    public static String shownText(Labeled labeled) {
        return firstText(labeled);
    }

    private static String firstText(Parent parent) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof Text t) {
                return t.getText();
            }
        }
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof Parent p && !firstText(p).isEmpty()) {
                return firstText(p);
            }
        }
        return "";
    }

    /** The window's content area on screen, cut down by every ancestor's clip. */
    static Bounds visibleArea(Node node) {
        Scene scene = node.getScene();
        Window window = scene.getWindow();
        Bounds area = new BoundingBox(window.getX() + scene.getX(), window.getY() + scene.getY(), scene.getWidth(),
                scene.getHeight());
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p.getClip() != null) {
                area = intersection(area, p.localToScreen(p.getClip().getBoundsInParent()));
            }
        }
        return area;
    }

    private static Bounds intersection(Bounds a, Bounds b) {
        double minX = Math.max(a.getMinX(), b.getMinX());
        double minY = Math.max(a.getMinY(), b.getMinY());
        double maxX = Math.min(a.getMaxX(), b.getMaxX());
        double maxY = Math.min(a.getMaxY(), b.getMaxY());
        return new BoundingBox(minX, minY, Math.max(0, maxX - minX), Math.max(0, maxY - minY));
    }

    private static boolean contains(Bounds outer, Bounds inner) {
        return inner.getMinX() >= outer.getMinX() - EPSILON && inner.getMinY() >= outer.getMinY() - EPSILON
                && inner.getMaxX() <= outer.getMaxX() + EPSILON && inner.getMaxY() <= outer.getMaxY() + EPSILON;
    }
}
