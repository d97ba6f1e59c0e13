package quatrain.app.shell;

import java.util.Objects;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;

/** The bottom line of the window: the device, what is being done now, and the training state. */
final class StatusBar extends HBox {

    StatusBar(MainWindowViewModel model) {
        super(12);
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(6, 14, 6, 14));
        Label device = new Label();
        device.setId("statusDevice");
        device.textProperty().bind(model.deviceProperty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(model.deviceDetailsProperty());
        device.setTooltip(tip);
        Label activity = new Label();
        activity.setId("statusActivity");
        activity.textProperty().bind(Bindings.createStringBinding(() -> model.busyProperty().get() != null
                ? model.busyProperty().get() : Objects.requireNonNullElse(model.noticeProperty().get(), ""),
                model.busyProperty(), model.noticeProperty()));
        // A long note (a file of the last session that has gone) is cut at the window's width: the whole of it on hover.
        Tooltip whole = new Tooltip();
        whole.setWrapText(true);
        whole.setMaxWidth(520);
        whole.textProperty().bind(activity.textProperty());
        activity.tooltipProperty().bind(Bindings.when(activity.textProperty().isEmpty()).then((Tooltip) null)
                .otherwise(whole));
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(14, 14);
        spinner.visibleProperty().bind(model.busyProperty().isNotNull());
        spinner.managedProperty().bind(spinner.visibleProperty());
        Label training = new Label();
        training.setId("statusTraining");
        training.textProperty().bind(model.trainingTextProperty());
        for (Label l : new Label[] {device, activity, training}) {
            l.getStyleClass().add(Styles.TEXT_SMALL);
        }
        device.getStyleClass().add(Styles.TEXT_MUTED);
        getChildren().addAll(device, new Spacer(), spinner, activity, new Spacer(), training);
    }
}
