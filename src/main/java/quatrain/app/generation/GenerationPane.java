package quatrain.app.generation;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
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
import javafx.stage.Window;

import atlantafx.base.controls.Message;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;

import quatrain.app.Notice;
import quatrain.app.context.AppContext;
import quatrain.core.export.QuatrainExporter;

/**
 * The generation pane: settings on the left above the Generate, Rank and Sweep buttons, results on the right
 * below their actions (select, copy, export), the judge's training progress while Rank trains one, and notices.
 * {@link #exportAction()} is what the main window's File → Export… runs.
 */
public final class GenerationPane extends BorderPane {
    private final GenerationViewModel vm;
    private final VBox banner = new VBox(8);
    private final Function<Window, Optional<Path>> corpusChooser;

    public GenerationPane(AppContext ctx) {
        this(new GenerationViewModel(ctx));
    }

    public GenerationPane(GenerationViewModel vm) {
        this(vm, GenerationPane::chooseCorpus);
    }

    /**
     * @param corpusChooser asks which file holds the corpus of a model file that does not (the app passes its file
     *                      dialogs, which start in the remembered folder; tests answer without a dialog)
     */
    public GenerationPane(GenerationViewModel vm, Function<Window, Optional<Path>> corpusChooser) {
        this.vm = vm;
        this.corpusChooser = corpusChooser;
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
        vm.ranking().corpusWantedProperty().addListener((o, a, b) -> showNotice(vm.noticeProperty().get()));
        showNotice(vm.noticeProperty().get());
        setCenter(new VBox(toolbar(), judgeBar(), banner, results));
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

    /** While Rank trains a judge: its phase, counts and held-out AUC, and a way to stop. */
    private HBox judgeBar() {
        RankingModel ranking = vm.ranking();
        ProgressBar bar = new ProgressBar();
        bar.setId("judge-progress");
        bar.progressProperty().bind(ranking.progressProperty());
        bar.setPrefWidth(140);
        bar.setMinWidth(80);
        Label text = new Label();
        text.setId("judge-progress-text");
        text.textProperty().bind(ranking.progressTextProperty());
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-judge");
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setTooltip(new Tooltip("Stop training the judge; the model file stays as it was"));
        cancel.setOnAction(e -> ranking.cancel());
        HBox box = new HBox(bar, text, cancel);
        box.getStyleClass().add("judge-bar");
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(ranking.judgingProperty());
        box.managedProperty().bind(ranking.judgingProperty());
        return box;
    }

    private void chooseCorpusAndRank() {
        corpusChooser.apply(getScene() == null ? null : getScene().getWindow()).ifPresent(vm::rankWithCorpus);
    }

    private static Optional<Path> chooseCorpus(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose the corpus the model was trained on");
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
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
        if (vm.ranking().corpusWantedProperty().get()) {
            Button choose = new Button("Choose the corpus file…");
            choose.setId("choose-corpus");
            choose.getStyleClass().add(Styles.ACCENT);
            choose.setOnAction(e -> chooseCorpusAndRank());
            banner.getChildren().add(choose);
        }
        banner.setManaged(true);
        banner.setVisible(true);
    }
}
