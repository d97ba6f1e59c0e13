package quatrain.app.config;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import atlantafx.base.controls.Message;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;

import quatrain.app.config.SpecField.Group;
import quatrain.app.settings.DeviceChoice;
import quatrain.core.spec.Preset;

/**
 * The model pane: a preset, every model and training setting (checked as it is typed, explained in its
 * tooltip), the device, and what the model will cost on it.
 */
public final class ModelPane extends BorderPane {
    /** The cost column is at least this wide beside the settings; in a narrower window it goes below them. */
    static final double COST_MIN_WIDTH = 280;

    private final ModelViewModel model;

    public ModelPane(ModelViewModel model) {
        this.model = model;
        createView();
    }

    private void createView() {
        getStyleClass().add("quatrain-pane");
        setId("modelPane");
        setPadding(new Insets(20, 24, 20, 24));
        setTop(header());
        Region modelCard = card("Model", settings(Group.MODEL));
        Region trainingCard = card("Training", settings(Group.TRAINING));
        // The settings keep their width; the cost column takes what is left.
        modelCard.setMinWidth(Region.USE_PREF_SIZE);
        trainingCard.setMinWidth(Region.USE_PREF_SIZE);
        HBox settings = new HBox(16, modelCard, trainingCard);
        Region[] costCards = {estimate(), device()};
        VBox beside = new VBox(16);
        HBox.setHgrow(beside, Priority.ALWAYS);
        beside.setMinWidth(COST_MIN_WIDTH);
        HBox below = new HBox(16);
        VBox columns = new VBox(16, new HBox(16, settings, beside), below);
        ScrollPane scroll = new ScrollPane(columns);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        scroll.viewportBoundsProperty().addListener((o, old, b) -> placeCost(b.getWidth(), settings, costCards,
                beside, below));
        placeCost(Double.MAX_VALUE, settings, costCards, beside, below);
        setCenter(scroll);
    }

    /**
     * The cost and device cards go beside the settings when the window is wide enough for them, else side by side
     * under them, so the pane never scrolls sideways.
     */
    private static void placeCost(double width, Region settings, Region[] cards, VBox beside, HBox below) {
        boolean fits = width >= settings.prefWidth(-1) + 16 + COST_MIN_WIDTH;
        Pane target = fits ? beside : below;
        if (target.getChildren().isEmpty()) {
            (fits ? below : beside).getChildren().clear();
            for (Region card : cards) {
                HBox.setHgrow(card, Priority.ALWAYS);
                card.setMaxWidth(Double.MAX_VALUE);
                target.getChildren().add(card);
            }
        }
        for (Pane p : new Pane[] {beside, below}) {
            p.setVisible(p == target);
            p.setManaged(p == target);
        }
    }

    private Node header() {
        Label title = new Label("Model");
        title.getStyleClass().add(Styles.TITLE_2);
        ComboBox<String> presets = new ComboBox<>();
        presets.setId("presetChoice");
        for (Preset p : model.presets()) {
            presets.getItems().add(p.name());
        }
        presets.valueProperty().bindBidirectional(model.presetProperty());
        presets.setTooltip(SettingControls.tooltip("A preset is a complete, tested starting point. Choosing one"
                + " replaces every setting below with the preset's values."));
        Button reset = new Button("Reset to preset");
        reset.setId("resetPresetButton");
        reset.setOnAction(e -> model.resetToPreset());
        Label presetLabel = new Label("Preset");
        presetLabel.getStyleClass().add(Styles.TEXT_MUTED);
        HBox row = new HBox(10, title, new Spacer(), presetLabel, presets, reset);
        row.setAlignment(Pos.CENTER_LEFT);
        Label description = new Label();
        description.textProperty().bind(model.presetDescriptionProperty());
        description.getStyleClass().add(Styles.TEXT_MUTED);
        description.setWrapText(true);
        Message invalid = new Message();
        invalid.setId("modelValidation");
        invalid.getStyleClass().add(Styles.DANGER);
        invalid.setTitle("Not applied: the model keeps its last valid settings");
        invalid.descriptionProperty().bind(model.errorProperty());
        invalid.visibleProperty().bind(model.errorProperty().isNotNull());
        invalid.managedProperty().bind(invalid.visibleProperty());
        VBox top = new VBox(10, row, description, invalid);
        top.setPadding(new Insets(0, 0, 16, 0));
        return top;
    }

    private GridPane settings(Group group) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(SettingControls.LABEL_WIDTH);
        grid.getColumnConstraints().addAll(labels, new ColumnConstraints());
        int row = 0;
        for (SpecField f : SpecFields.of(group)) {
            row = SettingControls.addRow(grid, row, f, model);
        }
        return grid;
    }

    private Region estimate() {
        EstimateViewModel e = model.estimate();
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(8);
        grid.addRow(0, muted("Parameters"), bound("estimateParameters", e.parametersProperty()));
        grid.addRow(1, muted("Memory"), bound("estimateMemory", e.memoryProperty()));
        grid.addRow(2, muted("Time"), bound("estimateTime", e.timeProperty()));
        Label note = new Label();
        note.setId("estimateNote");
        note.textProperty().bind(e.noteProperty());
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        note.setWrapText(true);
        return card("Cost on this device", new VBox(10, grid, note));
    }

    private Region device() {
        DeviceViewModel d = model.device();
        ToggleGroup group = new ToggleGroup();
        VBox choices = new VBox(8);
        // A disabled control shows no tooltip, so the reason the GPU cannot be chosen is written out under it.
        Label gpuReason = new Label();
        gpuReason.setId("gpuReason");
        gpuReason.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        gpuReason.setWrapText(true);
        gpuReason.setPadding(new Insets(0, 0, 0, 26));
        for (DeviceChoice c : DeviceChoice.values()) {
            RadioButton b = new RadioButton(d.label(c));
            b.setId("device-" + c.name());
            b.setUserData(c);
            b.setToggleGroup(group);
            b.setSelected(d.choiceProperty().get() == c);
            choices.getChildren().add(b);
            if (c == DeviceChoice.GPU) {
                choices.getChildren().add(gpuReason);
            } else if (c == DeviceChoice.SPARK) {
                choices.getChildren().add(new SparkSection(d));
            }
        }
        group.selectedToggleProperty().addListener((obs, old, t) -> {
            if (t != null) {
                d.choiceProperty().set((DeviceChoice) t.getUserData());
            }
        });
        Label note = new Label();
        note.setId("deviceNote");
        note.textProperty().bind(d.noteProperty());
        note.getStyleClass().add(Styles.TEXT_MUTED);
        note.setWrapText(true);
        Runnable refresh = () -> {
            for (Node n : choices.getChildren()) {
                if (n instanceof RadioButton b) {
                    DeviceChoice c = (DeviceChoice) b.getUserData();
                    b.setText(d.label(c));
                    b.setDisable(c == DeviceChoice.GPU && !d.gpuUsable());
                }
            }
            boolean known = d.infoProperty().get() != null;
            gpuReason.setText(known && !d.gpuUsable() ? d.infoProperty().get().gpuStatus() : "");
            gpuReason.setVisible(!gpuReason.getText().isEmpty());
            gpuReason.setManaged(gpuReason.isVisible());
        };
        d.infoProperty().addListener((obs, old, i) -> refresh.run());
        refresh.run();
        return card("Device", new VBox(12, choices, note));
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        l.setMinWidth(90);
        return l;
    }

    private static Label bound(String id, ObservableValue<String> text) {
        Label l = new Label();
        l.textProperty().bind(text);
        l.setId(id);
        l.setWrapText(true);
        return l;
    }

    private static VBox card(String title, Node body) {
        Label t = new Label(title);
        t.getStyleClass().add(Styles.TITLE_4);
        VBox box = new VBox(12, t, body);
        box.getStyleClass().add("section-card");
        box.setPadding(new Insets(16));
        return box;
    }
}
