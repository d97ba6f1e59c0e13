package quatrain.app.training;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.layout.VBox;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;

import quatrain.app.Notice;

/** The run's outcome and its warnings as closable banners; hidden when there is nothing to say. */
final class Banners extends VBox {
    private final TrainingViewModel vm;

    Banners(TrainingViewModel vm) {
        this.vm = vm;
        getStyleClass().add("banners");
        vm.noticeProperty().addListener((o, a, b) -> rebuild());
        vm.warnings().addListener((ListChangeListener<String>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        List<Node> banners = new ArrayList<>();
        for (String warning : vm.warnings()) {
            boolean overfit = warning.startsWith("Overfitting:");
            Message m = new Message(overfit ? "Overfitting" : "Warning",
                    overfit ? warning.substring("Overfitting:".length()).strip() : warning);
            m.getStyleClass().add(Styles.WARNING);
            m.setOnClose(e -> vm.dismissWarning(warning));
            banners.add(m);
        }
        Notice notice = vm.noticeProperty().get();
        if (notice != null) {
            Message m = new Message(notice.title(), notice.text());
            m.getStyleClass().add(style(notice.kind()));
            m.setOnClose(e -> vm.dismissNotice());
            banners.add(0, m);
        }
        getChildren().setAll(banners);
        setManaged(!banners.isEmpty());
        setVisible(!banners.isEmpty());
    }

    static String style(Notice.Kind kind) {
        return switch (kind) {
            case INFO -> Styles.ACCENT;
            case SUCCESS -> Styles.SUCCESS;
            case ERROR -> Styles.DANGER;
        };
    }
}
