package quatrain.app.generation;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import atlantafx.base.controls.Message;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;

import quatrain.app.Notice;
import quatrain.app.context.AppContext;
import quatrain.core.export.QuatrainExporter;

/**
 * The generation pane: settings on the left above the Generate and Sweep buttons, results on the right
 * below their actions (select, copy, export). {@link #exportAction()} is what the main window's File →
 * Export… runs.
 */
public final class GenerationPane extends BorderPane {
    private final GenerationViewModel vm;
    private final VBox banner = new VBox();

    public GenerationPane(AppContext ctx) {
        this(new GenerationViewModel(ctx));
    }

    public GenerationPane(GenerationViewModel vm) {
        this.vm = vm;
        getStyleClass().add("generation-pane");
        getStylesheets().add(GenerationPane.class.getResource("generation.css").toExternalForm());
        SettingsPanel panel = new SettingsPanel(vm);
        ScrollPane settings = new ScrollPane(panel);
        settings.setFitToWidth(true);
        settings.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        settings.getStyleClass().addAll("settings-scroll", Tweaks.EDGE_TO_EDGE);
        VBox.setVgrow(settings, Priority.ALWAYS);
        // The settings scroll; Generate and Sweep stay below them, in view whatever is open above.
        VBox left = new VBox(settings, panel.actions());
        left.getStyleClass().add("settings-column");
        left.setPrefWidth(330);
        setLeft(left);
        ScrollPane results = new ScrollPane(new ResultsView(vm));
        results.setFitToWidth(true);
        results.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        results.getStyleClass().add("results-scroll");
        VBox.setVgrow(results, Priority.ALWAYS);
        banner.getStyleClass().add("banner");
        vm.noticeProperty().addListener((o, a, n) -> showNotice(n));
        showNotice(vm.noticeProperty().get());
        setCenter(new VBox(toolbar(), banner, results));
    }

    public GenerationViewModel viewModel() {
        return vm;
    }

    /**
     * Asks where to export (the extension filter picks the format) and exports the selected quatrains, or
     * all on screen when none is selected.
     */
    public Runnable exportAction() {
        return this::chooseAndExport;
    }

    private void chooseAndExport() {
        int selected = vm.selectedCountProperty().get();
        boolean selectionOnly = selected > 0;
        int count = selectionOnly ? selected : vm.visible().size();
        if (!vm.checkExportable(selectionOnly)) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(selectionOnly ? "Export " + count + " selected quatrain" + (count == 1 ? "" : "s")
                : "Export all " + count + " quatrain" + (count == 1 ? "" : "s"));
        for (QuatrainExporter.Format f : QuatrainExporter.Format.values()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.label() + " (*." + f.extension()
                    + ")", "*." + f.extension()));
        }
        chooser.setSelectedExtensionFilter(chooser.getExtensionFilters().get(1));
        chooser.setInitialFileName("quatrains");
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file == null) {
            return;
        }
        int chosen = chooser.getExtensionFilters().indexOf(chooser.getSelectedExtensionFilter());
        QuatrainExporter.Format byFilter = QuatrainExporter.Format.values()[Math.max(0, chosen)];
        // A typed extension wins over the filter; without one, the filter's is added.
        QuatrainExporter.Format format = QuatrainExporter.Format.forFileName(file.getName()).orElse(byFilter);
        Path path = QuatrainExporter.Format.forFileName(file.getName()).isPresent() ? file.toPath()
                : file.toPath().resolveSibling(file.getName() + "." + format.extension());
        vm.export(path, format, selectionOnly);
    }

    private HBox toolbar() {
        Label result = new Label();
        result.setId("result-text");
        result.getStyleClass().add("result-text");
        result.textProperty().bind(vm.resultTextProperty());
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(vm.resultTextProperty());
        result.setTooltip(whole); // the text gives way to the buttons in a narrow window; this shows all of it
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.busyProperty());
        Button all = new Button("Select all");
        all.setOnAction(e -> vm.selectAll());
        Button none = new Button("Clear selection");
        none.setOnAction(e -> vm.clearSelection());
        none.disableProperty().bind(vm.selectedCountProperty().isEqualTo(0));
        Button copy = new Button("Copy");
        copy.setId("copy");
        copy.disableProperty().bind(vm.selectedCountProperty().isEqualTo(0));
        copy.setOnAction(e -> {
            String text = vm.copySelection();
            if (!text.isEmpty()) {
                Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, text));
            }
        });
        Button export = new Button("Export…");
        export.setId("export");
        export.getStyleClass().add(Styles.BUTTON_OUTLINED);
        export.setOnAction(e -> exportAction().run());
        for (Button b : new Button[] {all, none, copy, export}) {
            b.setMinWidth(Region.USE_PREF_SIZE); // the result text gives way, not the buttons
        }
        HBox bar = new HBox(8, busy, result, new Spacer(), all, none, copy, export);
        bar.getStyleClass().add("results-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void showNotice(Notice notice) {
        if (notice == null) {
            banner.getChildren().clear();
            banner.setManaged(false);
            banner.setVisible(false);
            return;
        }
        Message m = new Message(notice.title(), notice.text());
        m.getStyleClass().add(switch (notice.kind()) {
            case INFO -> Styles.ACCENT;
            case SUCCESS -> Styles.SUCCESS;
            case ERROR -> Styles.DANGER;
        });
        m.setOnClose(e -> vm.dismissNotice());
        banner.getChildren().setAll(m);
        banner.setManaged(true);
        banner.setVisible(true);
    }
}
