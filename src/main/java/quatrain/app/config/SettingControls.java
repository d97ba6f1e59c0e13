package quatrain.app.config;

import java.io.File;
import java.nio.file.Path;

import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import javafx.util.StringConverter;

import atlantafx.base.theme.Styles;

/** Builds the label, editor and message of one setting, bound to the model pane's view model. */
final class SettingControls {
    static final double EDITOR_WIDTH = 150;
    static final double LABEL_WIDTH = 130;

    private SettingControls() {
    }

    /** Adds the setting as two grid rows (label and editor, then its message) and returns the next free row. */
    static int addRow(GridPane grid, int row, SpecField field, ModelViewModel model) {
        Label label = new Label(field.label());
        label.getStyleClass().add("setting-label");
        Node editor = editor(field, model);
        editor.setId("setting-" + field.key());
        Tooltip tip = tooltip(field.help());
        label.setTooltip(tip);
        if (editor instanceof Control c) {
            c.setTooltip(tip);
        } else {
            Tooltip.install(editor, tip);
        }
        label.disableProperty().bind(model.applicable(field.key()).not());
        editor.disableProperty().bind(model.applicable(field.key()).not());
        model.fieldError(field.key()).addListener((obs, old, e) -> editor.pseudoClassStateChanged(Styles.STATE_DANGER,
                e != null));
        Label message = new Label();
        message.setId("error-" + field.key());
        message.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        message.setWrapText(true);
        message.setMaxWidth(EDITOR_WIDTH + 20);
        message.textProperty().bind(model.fieldError(field.key()));
        message.visibleProperty().bind(model.fieldError(field.key()).isNotNull());
        message.managedProperty().bind(message.visibleProperty());
        grid.add(label, 0, row);
        grid.add(editor, 1, row);
        grid.add(message, 1, row + 1);
        return row + 2;
    }

    static Tooltip tooltip(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(380);
        tip.setShowDelay(Duration.millis(350));
        tip.setShowDuration(Duration.seconds(30));
        return tip;
    }

    private static Node editor(SpecField field, ModelViewModel model) {
        StringProperty value = model.value(field.key());
        return switch (field.input()) {
            case INTEGER, DECIMAL -> number(value);
            case CHOICE -> choice(field, value);
            case CHECK -> check(value);
            case FILE -> file(value);
        };
    }

    private static TextField number(StringProperty value) {
        TextField text = new TextField();
        text.textProperty().bindBidirectional(value);
        text.setPrefWidth(EDITOR_WIDTH);
        text.setMaxWidth(EDITOR_WIDTH);
        text.getStyleClass().add(Styles.SMALL);
        return text;
    }

    private static ComboBox<String> choice(SpecField field, StringProperty value) {
        ComboBox<String> combo = new ComboBox<>();
        combo.getItems().setAll(field.choices());
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(String v) {
                return v == null ? "" : SpecFields.choiceLabel(v);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        combo.valueProperty().bindBidirectional(value);
        combo.setPrefWidth(EDITOR_WIDTH);
        combo.getStyleClass().add(Styles.SMALL);
        return combo;
    }

    private static CheckBox check(StringProperty value) {
        CheckBox box = new CheckBox();
        box.setSelected(Boolean.parseBoolean(value.get()));
        value.addListener((obs, old, v) -> box.setSelected(Boolean.parseBoolean(v)));
        box.selectedProperty().addListener((obs, old, on) -> value.set(Boolean.toString(on)));
        return box;
    }

    private static HBox file(StringProperty value) {
        TextField path = new TextField();
        path.setPromptText("None");
        path.textProperty().bindBidirectional(value);
        path.getStyleClass().add(Styles.SMALL);
        HBox.setHgrow(path, Priority.ALWAYS);
        Button choose = new Button("…");
        choose.getStyleClass().add(Styles.SMALL);
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Choose GloVe vectors");
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("GloVe text files", "*.txt"),
                    new FileChooser.ExtensionFilter("All files", "*"));
            if (value.get() != null && !value.get().isBlank()) {
                File parent = Path.of(value.get()).toAbsolutePath().getParent().toFile();
                chooser.setInitialDirectory(parent.isDirectory() ? parent : null);
            }
            File f = chooser.showOpenDialog(choose.getScene().getWindow());
            if (f != null) {
                value.set(f.getAbsolutePath());
            }
        });
        choose.setTooltip(new Tooltip("Choose a GloVe file; delete the text to use none"));
        HBox box = new HBox(4, path, choose);
        box.setPrefWidth(EDITOR_WIDTH);
        box.setMaxWidth(EDITOR_WIDTH);
        return box;
    }
}
