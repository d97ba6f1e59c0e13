package quatrain.app.trainingui;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;

/**
 * Shown when no browser opened the page: why, the page's address in a field it can be selected from, and Copy,
 * which puts the address on the clipboard.
 */
final class AddressBar extends VBox {
    private final Label reason = new Label();
    private final TextField address = new TextField();
    private final Button copy = new Button("Copy");

    AddressBar(ObservableValue<TrainingUiViewModel.UnopenedPage> page, Runnable dismiss) {
        setId("unopenedPage");
        getStyleClass().add("address-bar");
        reason.setWrapText(true);
        address.setId("pageAddress");
        address.setEditable(false);
        HBox.setHgrow(address, Priority.ALWAYS);
        copy.setId("copyAddressButton");
        copy.getStyleClass().add(Styles.ACCENT);
        copy.setOnAction(e -> copyAddress());
        Button close = new Button("Close");
        close.setId("closeAddressButton");
        close.setOnAction(e -> dismiss.run());
        HBox row = new HBox(8, address, copy, close);
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(reason, row);
        setSpacing(6);
        setPadding(new Insets(0, 12, 8, 12));
        managedProperty().bind(visibleProperty());
        page.addListener((obs, old, p) -> show(p));
        show(page.getValue());
    }

    private void show(TrainingUiViewModel.UnopenedPage p) {
        setVisible(p != null);
        reason.setText(p == null ? "" : p.reason());
        address.setText(p == null ? "" : p.url());
        copy.setText("Copy");
    }

    private void copyAddress() {
        ClipboardContent content = new ClipboardContent();
        content.putString(address.getText());
        Clipboard.getSystemClipboard().setContent(content);
        address.selectAll();
        copy.setText("Copied");
    }
}
