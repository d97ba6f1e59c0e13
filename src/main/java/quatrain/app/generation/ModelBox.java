package quatrain.app.generation;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Which model generation uses, or how to get one. */
final class ModelBox extends VBox {
    private final Label title = new Label();
    private final Label details = new Label();
    private final Label judge = new Label();

    ModelBox(GenerationViewModel vm) {
        getStyleClass().add("model-box");
        Label heading = SettingsPanel.fieldLabel("Model");
        title.setId("model-title");
        title.getStyleClass().add("model-title");
        title.setWrapText(true);
        details.getStyleClass().add("hint");
        details.setWrapText(true);
        judge.setId("model-judge");
        judge.getStyleClass().add("hint");
        judge.setWrapText(true);
        getChildren().addAll(heading, title, details, judge);
        vm.modelProperty().addListener((o, a, m) -> show(m));
        show(vm.modelProperty().get());
    }

    private void show(ModelSummary m) {
        if (m == null) {
            title.setText(ModelSummary.NO_MODEL);
            details.setText("");
            details.setVisible(false);
            details.setManaged(false);
            show(judge, "");
            return;
        }
        title.setText(m.title());
        details.setText(m.details() + (m.novelty() ? "" : " · no corpus inside, so copied phrases are not marked"));
        details.setVisible(true);
        details.setManaged(true);
        show(judge, m.judge());
    }

    private static void show(Label label, String text) {
        label.setText(text);
        label.setVisible(!text.isEmpty());
        label.setManaged(!text.isEmpty());
    }
}
