package quatrain.app.generation;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import quatrain.core.generate.TextGenerator;

/**
 * The cards: pinned ones first, then the latest batch as a flowing grid, or a sweep as four columns side by
 * side (two or one in a narrow window, so each card stays readable). Cards are rebuilt when the lists or the
 * sweep's column count change, not when a card is merely selected.
 */
final class ResultsView extends VBox {
    /** Cards are at least this wide; the columns share whatever width is left. */
    static final double MIN_CARD_WIDTH = 280;
    /** A sweep card is at least this wide: its title and a short line fit. */
    static final double MIN_SWEEP_CARD_WIDTH = 200;
    static final double GAP = 14;

    private final GenerationViewModel vm;
    private final VBox pinnedSection = new VBox(10);
    private final FlowPane pinnedCards = cards();
    private final VBox latestSection = new VBox(10);
    private final Label latestTitle = sectionTitle("Latest");
    private final Label empty = new Label();
    private final DoubleBinding cardWidth;
    private final IntegerBinding sweepColumns;

    ResultsView(GenerationViewModel vm) {
        this.vm = vm;
        getStyleClass().add("results");
        // The cards take their width from this view's. Its computed minimum would be the cards' width, that
        // is its own last width: it could never narrow again, and a scroll bar or a smaller window cut it off.
        setMinWidth(0);
        cardWidth = Bindings.createDoubleBinding(() -> {
            double width = getWidth() - snappedLeftInset() - snappedRightInset();
            int columns = Math.max(1, (int) ((width + GAP) / (MIN_CARD_WIDTH + GAP)));
            return Math.max(MIN_CARD_WIDTH, Math.floor((width - GAP * (columns - 1)) / columns));
        }, widthProperty());
        sweepColumns = Bindings.createIntegerBinding(() -> sweepColumns(getWidth() - snappedLeftInset()
                - snappedRightInset()), widthProperty());
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        pinnedSection.getChildren().addAll(sectionTitle("Pinned"), pinnedCards);
        getChildren().addAll(empty, pinnedSection, latestSection);
        ListChangeListener<GeneratedQuatrain> onChange = c -> {
            while (c.next()) {
                if (c.wasAdded() || c.wasRemoved() || c.wasPermutated() || c.wasReplaced()) {
                    rebuild();
                    return;
                }
            }
        };
        vm.pinned().addListener(onChange);
        vm.latest().addListener(onChange);
        vm.resultKindProperty().addListener((o, a, b) -> rebuild());
        vm.modelProperty().addListener((o, a, b) -> rebuild());
        sweepColumns.addListener((o, a, b) -> {
            if (vm.resultKindProperty().get() == GenerationViewModel.ResultKind.SWEEP) {
                rebuild();
            }
        });
        rebuild();
    }

    private void rebuild() {
        List<GeneratedQuatrain> pinned = vm.pinned();
        pinnedCards.getChildren().setAll(pinned.stream().map(q -> card(q, false)).toList());
        show(pinnedSection, !pinned.isEmpty());
        boolean sweep = vm.resultKindProperty().get() == GenerationViewModel.ResultKind.SWEEP;
        latestTitle.setText(sweep ? "Temperature sweep · same seed, four temperatures" : "Latest");
        int columns = sweepColumns.get();
        Pane container = sweep ? sweepGrid(columns) : cards();
        for (GeneratedQuatrain q : vm.latest()) {
            QuatrainCard card = card(q, sweep);
            if (container instanceof GridPane grid) {
                int i = grid.getChildren().size();
                grid.add(card, i % columns, i / columns);
            } else {
                container.getChildren().add(card);
            }
        }
        latestSection.getChildren().setAll(latestTitle, container);
        show(latestSection, !vm.latest().isEmpty());
        boolean nothing = pinned.isEmpty() && vm.latest().isEmpty();
        empty.setText(vm.modelProperty().get() == null ? ModelSummary.NO_MODEL + "."
                : "Press Generate to write quatrains, or try a temperature sweep.");
        show(empty, nothing);
    }

    private QuatrainCard card(GeneratedQuatrain q, boolean sweep) {
        QuatrainCard card = new QuatrainCard(q, sweep);
        if (!sweep) {
            card.prefWidthProperty().bind(cardWidth);
            card.maxWidthProperty().bind(cardWidth);
        }
        return card;
    }

    /** All temperatures side by side when each card gets its minimum width, else two by two, else one a row. */
    static int sweepColumns(double width) {
        int all = TextGenerator.SWEEP_TEMPERATURES.size();
        int fit = (int) ((width + GAP) / (MIN_SWEEP_CARD_WIDTH + GAP));
        return fit >= all ? all : fit >= 2 ? 2 : 1;
    }

    private static GridPane sweepGrid(int columns) {
        GridPane grid = new GridPane();
        grid.setHgap(GAP);
        grid.setVgap(GAP);
        for (int i = 0; i < columns; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(100.0 / columns);
            c.setHgrow(Priority.ALWAYS);
            c.setFillWidth(true);
            grid.getColumnConstraints().add(c);
        }
        return grid;
    }

    private static FlowPane cards() {
        FlowPane flow = new FlowPane(GAP, GAP);
        flow.getStyleClass().add("card-flow");
        return flow;
    }

    private static Label sectionTitle(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
