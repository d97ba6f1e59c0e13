package quatrain.app.generation;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.layout.Region;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A line of a quatrain in a {@link TextFlow}, with the pieces copied from the corpus on a highlight drawn
 * behind the text. {@code Text} nodes have no background, so the highlight is a path made from the flow's
 * own {@code rangeShape}, recomputed at every layout, so it follows wrapping when the card narrows.
 */
final class HighlightedText extends Region {
    private final TextFlow flow = new TextFlow();
    private final Path highlight = new Path();
    private final List<QuatrainLine.Segment> copied = new ArrayList<>();

    HighlightedText(QuatrainLine line) {
        getStyleClass().add("quatrain-line-text");
        highlight.getStyleClass().add("copied-highlight");
        highlight.setManaged(false);
        highlight.setMouseTransparent(true);
        for (QuatrainLine.Segment s : line.segments()) {
            Text text = new Text(line.textOf(s));
            text.getStyleClass().add("quatrain-text");
            if (s.copied()) {
                text.getStyleClass().add("copied");
                copied.add(s);
            }
            flow.getChildren().add(text);
        }
        getChildren().addAll(highlight, flow);
    }

    /** Whether any piece is highlighted. */
    boolean hasCopiedText() {
        return !copied.isEmpty();
    }

    /** Height depends on width (the text wraps), so containers must ask for the height at a given width. */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double width = Math.max(0, getWidth() - in.getLeft() - in.getRight());
        flow.resizeRelocate(in.getLeft(), in.getTop(), width, flow.prefHeight(width));
        List<PathElement> elements = new ArrayList<>();
        for (QuatrainLine.Segment s : copied) {
            elements.addAll(List.of(flow.rangeShape(s.start(), s.end())));
        }
        highlight.getElements().setAll(elements);
        // rangeShape answers in the flow's coordinates; the path sits exactly where the flow is.
        highlight.setLayoutX(in.getLeft());
        highlight.setLayoutY(in.getTop());
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + flow.prefWidth(-1) + in.getRight();
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double inner = width < 0 ? -1 : Math.max(0, width - in.getLeft() - in.getRight());
        return in.getTop() + flow.prefHeight(inner) + in.getBottom();
    }

    @Override
    protected double computeMinWidth(double height) {
        return 40;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }
}
