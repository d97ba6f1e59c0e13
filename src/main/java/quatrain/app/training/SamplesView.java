package quatrain.app.training;

import java.util.Locale;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;

/** The samples written during training, newest first: epoch and temperature above each text. */
final class SamplesView extends VBox {

    SamplesView(TrainingViewModel vm) {
        getStyleClass().add("samples");
        setMinWidth(240);
        Label title = new Label("Samples");
        title.getStyleClass().add(Styles.TITLE_4);
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label hint = new Label("at temperatures 0.2 · 0.5 · 1.0 · 1.2");
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        HBox header = new HBox(8, title, hint);
        header.setAlignment(Pos.BASELINE_LEFT);
        ListView<SampleItem> list = new ListView<>(vm.samples());
        list.setCellFactory(v -> new SampleCell(v));
        list.getStyleClass().add(Styles.STRIPED);
        Label placeholder = new Label("After each epoch the model writes a short text at four temperatures;"
                + " low ones are safe and repetitive, high ones bold and strange.");
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(260);
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        list.setPlaceholder(placeholder);
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(header, list);
    }

    /** A cell whose text wraps to the list's width instead of widening it. */
    private static final class SampleCell extends ListCell<SampleItem> {
        private final Label meta = new Label();
        private final Label text = new Label();
        private final VBox box = new VBox(4, meta, text);

        SampleCell(ListView<SampleItem> list) {
            getStyleClass().add("sample-cell");
            meta.getStyleClass().add("sample-meta");
            text.getStyleClass().add("sample-text");
            text.setWrapText(true);
            // The text wraps to the list's width (less padding and scroll bar) and is never cut to one line.
            text.maxWidthProperty().bind(list.widthProperty().subtract(42));
            text.setMinHeight(Region.USE_PREF_SIZE);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(SampleItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            meta.setText(String.format(Locale.ROOT, "Epoch %d · temperature %.1f", item.epoch(), item.temperature()));
            text.setText(item.text().isBlank() ? "(nothing: the model ended the text at once)" : item.text());
            setGraphic(box);
        }
    }
}
