package quatrain.app.generation;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Which model generation uses, or how to get one. */
final class ModelBox extends VBox {
    private final Label title = new Label();
    private final Label details = new Label();

    ModelBox(GenerationViewModel vm) {
        getStyleClass().add("model-box");
        Label heading = SettingsPanel.fieldLabel("Model");
        title.setId("model-title");
        title.getStyleClass().add("model-title");
        title.setWrapText(true);
        details.getStyleClass().add("hint");
        details.setWrapText(true);
        getChildren().addAll(heading, title, details);
        vm.modelProperty().addListener((o, a, m) -> show(m));
        show(vm.modelProperty().get());
    }

    private void show(ModelSummary m) {
        if (m == null) {
            title.setText(ModelSummary.NO_MODEL);
            details.setText("");
            details.setVisible(false);
            details.setManaged(false);
            return;
        }
        title.setText(m.title());
        details.setText(m.details() + (m.novelty() ? "" : " · no corpus inside, so copied phrases are not marked"));
        details.setVisible(true);
        details.setManaged(true);
    }
}
