package quatrain.app.corpus;

import java.util.List;
import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import atlantafx.base.controls.Message;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;

import quatrain.core.text.Vocabulary;

/**
 * The corpus pane: choose a text (file, drop or built-in sample) and see it as the model will: documents,
 * tokens, vocabulary, frequent words, the first tokens, and whether it is enough text.
 */
public final class CorpusPane extends BorderPane {
    private final CorpusViewModel model;
    private final Runnable openDialog;
    private final Message error = new Message();
    private final GridPane fileGrid = grid();
    private final GridPane countGrid = grid();
    private final Label levelTitle = new Label();
    /** Holds the advice box, made anew for each analysis (see {@link #showVerdict}). */
    private final VBox verdictSlot = new VBox();
    private final FlowPane words = new FlowPane(6, 6);
    private final TextFlow preview = new TextFlow();
    private final VBox content = new VBox(16);
    private final Label empty = new Label("No text yet. Open a plain text file, drop one anywhere on the window,"
            + " or start with the built-in sample.");

    /** @param openDialog asks for a file and loads it (the window's chooser, which remembers the folder) */
    public CorpusPane(CorpusViewModel model, Runnable openDialog) {
        this.model = model;
        this.openDialog = openDialog;
        createView();
        init();
    }

    private void createView() {
        getStyleClass().add("quatrain-pane");
        setId("corpusPane");
        Label title = new Label("Corpus");
        title.getStyleClass().add(Styles.TITLE_2);
        Button open = new Button("Open…");
        open.setId("openCorpusButton");
        open.getStyleClass().add(Styles.ACCENT);
        open.setOnAction(e -> openDialog.run());
        Button sample = new Button("Use built-in sample");
        sample.setId("sampleCorpusButton");
        sample.setOnAction(e -> model.useSample());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(model.loadingProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        Label hint = new Label("Plain text (.txt), one quatrain per line or stanzas separated by blank lines."
                + " You can also drop a file anywhere on the window.");
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, "drop-hint");
        hint.setWrapText(true);
        HBox header = new HBox(10, title, new Spacer(), busy, sample, open);
        header.setAlignment(Pos.CENTER_LEFT);

        error.setId("corpusError");
        error.getStyleClass().add(Styles.DANGER);
        error.setTitle("This file cannot be used");
        error.setOnClose(e -> model.dismissError());
        error.visibleProperty().bind(model.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        error.descriptionProperty().bind(model.errorProperty());

        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.setWrapText(true);
        levelTitle.getStyleClass().add(Styles.TITLE_4);
        preview.setId("tokenPreview");
        preview.getStyleClass().add("token-preview");
        preview.setLineSpacing(4);
        words.setId("topWords");
        VBox file = section("File", fileGrid);
        VBox counts = section(levelTitle, new VBox(12, countGrid, verdictSlot));
        HBox facts = new HBox(16, file, counts);
        HBox.setHgrow(file, Priority.ALWAYS);
        HBox.setHgrow(counts, Priority.ALWAYS);
        file.setPrefWidth(420);
        counts.setPrefWidth(560);
        content.getChildren().addAll(facts, section("Most frequent words", words),
                section("Token preview", preview));
        VBox top = new VBox(12, header, hint, error);
        top.setPadding(new Insets(0, 0, 16, 0));
        setTop(top);
        ScrollPane scroll = new ScrollPane(new VBox(16, empty, content));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        setCenter(scroll);
        setPadding(new Insets(20, 24, 20, 24));
    }

    private void init() {
        content.visibleProperty().bind(model.factsProperty().isNotNull());
        content.managedProperty().bind(content.visibleProperty());
        empty.visibleProperty().bind(model.factsProperty().isNull());
        empty.managedProperty().bind(empty.visibleProperty());
        model.factsProperty().addListener((obs, old, facts) -> showFacts(facts));
        model.analysisProperty().addListener((obs, old, a) -> showAnalysis(a));
        levelTitle.textProperty().bind(Bindings.createStringBinding(
                () -> "As the model sees it · " + model.modelDescription(), model.analysisProperty()));
        showFacts(model.factsProperty().get());
        showAnalysis(model.analysisProperty().get());
    }

    private void showFacts(CorpusFacts facts) {
        fileGrid.getChildren().clear();
        if (facts != null) {
            row(fileGrid, 0, "Name", facts.name(), "corpusName");
            row(fileGrid, 1, "Size", facts.size(), "corpusSize");
            row(fileGrid, 2, "Encoding", facts.encoding(), "corpusEncoding");
            row(fileGrid, 3, "Documents", facts.documents(), "corpusDocuments");
            row(fileGrid, 4, "Format", facts.format(), "corpusFormat");
        }
    }

    private void showAnalysis(CorpusAnalysis a) {
        countGrid.getChildren().clear();
        words.getChildren().clear();
        preview.getChildren().clear();
        showVerdict(a);
        if (a == null) {
            return;
        }
        List<String> counts = CorpusViewModel.countLines(a);
        row(countGrid, 0, "Tokens", counts.get(0), "corpusTokens");
        row(countGrid, 1, "Vocabulary", counts.get(1), "corpusVocabulary");
        for (CorpusAnalysis.WordCount w : a.topWords()) {
            Label count = new Label(String.format(Locale.ROOT, "%,d", w.count()));
            count.getStyleClass().add("word-count");
            Label chip = new Label(w.word(), count);
            chip.setContentDisplay(ContentDisplay.RIGHT);
            chip.setGraphicTextGap(6);
            chip.getStyleClass().add("word-chip");
            words.getChildren().add(chip);
        }
        for (String token : a.preview()) {
            Text t = new Text(token + " ");
            t.getStyleClass().add(isMarker(token) ? "token-marker" : "token");
            preview.getChildren().add(t);
        }
        preview.getChildren().add(new Text("…"));
    }

    /**
     * A new box for each verdict: AtlantaFX 2.0.1's Message shows its description in the title line when the title
     * changes on a shown box (TileSkinBase's title listener reads getDescription), so a box is never re-titled.
     */
    private void showVerdict(CorpusAnalysis a) {
        if (a == null) {
            verdictSlot.getChildren().clear();
            return;
        }
        Message verdict = new Message(switch (a.verdict().severity()) {
            case OK -> "Enough text";
            case WARNING -> "Small corpus";
            case DANGER -> "Not enough text for this model";
        }, a.verdict().message());
        verdict.setId("corpusVerdict");
        verdict.getStyleClass().add(switch (a.verdict().severity()) {
            case OK -> Styles.SUCCESS;
            case WARNING -> Styles.WARNING;
            case DANGER -> Styles.DANGER;
        });
        verdictSlot.getChildren().setAll(verdict);
    }

    private static boolean isMarker(String token) {
        return token.equals(Vocabulary.START) || token.equals(Vocabulary.END) || token.equals(Vocabulary.NEWLINE)
                || token.equals(Vocabulary.UNKNOWN) || token.equals(CorpusAnalysis.VISIBLE_SPACE);
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(24);
        g.setVgap(8);
        return g;
    }

    private static void row(GridPane grid, int r, String name, String value, String id) {
        Label key = new Label(name);
        key.getStyleClass().add(Styles.TEXT_MUTED);
        key.setMinWidth(96);
        Label v = new Label(value);
        v.setId(id);
        v.setWrapText(true);
        grid.addRow(r, key, v);
    }

    private static VBox section(String title, Node body) {
        Label t = new Label(title);
        t.getStyleClass().add(Styles.TITLE_4);
        return section(t, body);
    }

    private static VBox section(Label title, Node body) {
        VBox box = new VBox(12, title, body);
        box.getStyleClass().add("section-card");
        box.setPadding(new Insets(16));
        VBox.setVgrow(box, Priority.NEVER);
        return box;
    }
}
