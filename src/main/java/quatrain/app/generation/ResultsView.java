package quatrain.app.generation;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
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
 * side. Cards are rebuilt when the lists change, not when a card is merely selected.
 */
final class ResultsView extends VBox {
    /** Cards are at least this wide; the columns share whatever width is left. */
    static final double MIN_CARD_WIDTH = 280;
    static final double GAP = 14;

    private final GenerationViewModel vm;
    private final VBox pinnedSection = new VBox(10);
    private final FlowPane pinnedCards = cards();
    private final VBox latestSection = new VBox(10);
    private final Label latestTitle = sectionTitle("Latest");
    private final Label empty = new Label();
    private final DoubleBinding cardWidth;

    ResultsView(GenerationViewModel vm) {
        this.vm = vm;
        getStyleClass().add("results");
        cardWidth = Bindings.createDoubleBinding(() -> {
            double width = getWidth() - snappedLeftInset() - snappedRightInset();
            int columns = Math.max(1, (int) ((width + GAP) / (MIN_CARD_WIDTH + GAP)));
            return Math.max(MIN_CARD_WIDTH, Math.floor((width - GAP * (columns - 1)) / columns));
        }, widthProperty());
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
        rebuild();
    }

    private void rebuild() {
        List<GeneratedQuatrain> pinned = vm.pinned();
        pinnedCards.getChildren().setAll(pinned.stream().map(q -> card(q, false)).toList());
        show(pinnedSection, !pinned.isEmpty());
        boolean sweep = vm.resultKindProperty().get() == GenerationViewModel.ResultKind.SWEEP;
        latestTitle.setText(sweep ? "Temperature sweep · same seed, four temperatures" : "Latest");
        Pane container = sweep ? sweepGrid() : cards();
        for (GeneratedQuatrain q : vm.latest()) {
            QuatrainCard card = card(q, sweep);
            if (container instanceof GridPane grid) {
                grid.add(card, grid.getChildren().size(), 0);
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

    private static GridPane sweepGrid() {
        GridPane grid = new GridPane();
        grid.setHgap(GAP);
        int columns = TextGenerator.SWEEP_TEMPERATURES.size();
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
