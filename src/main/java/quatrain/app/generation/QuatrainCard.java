package quatrain.app.generation;

import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;

import quatrain.core.export.NoveltySummary;
import quatrain.core.generate.Quatrain;

/**
 * One quatrain as a card: how it was drawn and a pin star on top, the lines with copied phrases highlighted
 * and flagged lines marked at the left, the novelty figures and the judge's score (when judged) below. A click
 * selects it.
 */
final class QuatrainCard extends VBox {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final GeneratedQuatrain item;

    QuatrainCard(GeneratedQuatrain item, boolean sweep) {
        this.item = item;
        getStyleClass().add("quatrain-card");
        Quatrain q = item.quatrain();
        getChildren().addAll(header(q, sweep), body(), footer(q));
        setOnMouseClicked(e -> item.selectedProperty().set(!item.isSelected()));
        item.selectedProperty().addListener((o, a, now) -> pseudoClassStateChanged(SELECTED, now));
        pseudoClassStateChanged(SELECTED, item.isSelected());
    }

    GeneratedQuatrain item() {
        return item;
    }

    private HBox header(Quatrain q, boolean sweep) {
        Label meta = new Label(sweep ? String.format(Locale.ROOT, "T = %.1f", q.temperature())
                : String.format(Locale.ROOT, "T %.2f · seed %d · #%d", q.temperature(), q.seed(), q.index()));
        meta.getStyleClass().add(sweep ? "card-title" : "card-meta");
        if (sweep) {
            meta.setMinWidth(Region.USE_PREF_SIZE); // which temperature a card shows must always be readable
        }
        Tooltip.install(meta, new Tooltip(String.format(Locale.ROOT, "Seed %d, quatrain %d of its batch, temperature"
                + " %.2f: the same model and settings write it again", q.seed(), q.index(), q.temperature())));
        ToggleButton star = new ToggleButton();
        star.getStyleClass().addAll("star-button", Styles.FLAT, Styles.BUTTON_ICON);
        star.selectedProperty().bindBidirectional(item.pinnedProperty());
        // An icon button shows only its graphic, so the star is a label in the graphic slot.
        Label glyph = new Label();
        glyph.getStyleClass().add("star-glyph");
        glyph.textProperty().bind(Bindings.when(star.selectedProperty()).then("★").otherwise("☆"));
        star.setGraphic(glyph);
        star.setTooltip(new Tooltip("Pin: keep this quatrain at the top when new ones are generated"));
        star.setFocusTraversable(false);
        star.addEventHandler(MouseEvent.MOUSE_CLICKED, MouseEvent::consume); // pinning is not selecting
        HBox header = new HBox(6, meta, new Spacer(), star);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private VBox body() {
        VBox lines = new VBox(2);
        lines.getStyleClass().add("quatrain-lines");
        for (QuatrainLine line : item.lines()) {
            Region marker = new Region();
            marker.getStyleClass().add("line-marker");
            if (line.flagged()) {
                marker.getStyleClass().add("flagged");
                Tooltip.install(marker, new Tooltip("This line repeats a long run of words from the corpus"));
            }
            HighlightedText text = new HighlightedText(line);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(8, marker, text);
            lines.getChildren().add(row);
        }
        if (item.quatrain().text().isBlank()) {
            Label nothing = new Label("(the model ended the quatrain at once)");
            nothing.getStyleClass().add(Styles.TEXT_MUTED);
            lines.getChildren().add(nothing);
        }
        return lines;
    }

    private HBox footer(Quatrain q) {
        String text = q.novelty() == null ? "Novelty not checked: the model file carries no corpus"
                : capitalised(NoveltySummary.describe(q.novelty()));
        Label novelty = new Label(text);
        novelty.getStyleClass().add("novelty");
        if (q.novelty() != null && q.novelty().flagged()) {
            novelty.getStyleClass().add("flagged");
        }
        novelty.setWrapText(true);
        novelty.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(novelty, Priority.ALWAYS);
        novelty.setMaxWidth(Double.MAX_VALUE);
        HBox footer = new HBox(8, novelty);
        if (item.hasScore()) {
            Label score = new Label(String.format(Locale.ROOT, "judge %.2f", item.score()));
            score.getStyleClass().add("judge-score");
            score.setMinWidth(Region.USE_PREF_SIZE);
            score.setTooltip(new Tooltip("The judge's probability that this reads like the corpus: higher reads more"
                    + " like it"));
            footer.getChildren().add(score);
        }
        return footer;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
