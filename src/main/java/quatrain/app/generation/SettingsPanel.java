package quatrain.app.generation;

import java.util.Locale;
import java.util.function.Function;

import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;

/**
 * The left column: the model in use, the sampling and ranking controls, with the Generate, Rank and Sweep buttons
 * in {@link #actions()}, which the pane keeps below the scrolled settings so they never scroll out of view.
 */
final class SettingsPanel extends VBox {
    private final GenerationViewModel vm;
    private final SamplingForm form;
    // Bidirectional bindings to asObject() views are weak: these fields keep the views alive.
    private final ObjectProperty<Integer> countValue;
    private final ObjectProperty<Integer> maxValue;
    private final ObjectProperty<Integer> topKValue;
    private final ObjectProperty<Double> topPValue;
    private final ObjectProperty<Integer> bestOfValue;

    SettingsPanel(GenerationViewModel vm) {
        this.vm = vm;
        this.form = vm.form();
        this.countValue = form.countProperty().asObject();
        this.maxValue = form.maxTokensProperty().asObject();
        this.topKValue = form.topKProperty().asObject();
        this.topPValue = form.topPProperty().asObject();
        this.bestOfValue = vm.ranking().bestOfProperty().asObject();
        getStyleClass().add("settings");
        getChildren().addAll(new ModelBox(vm), prompt(), temperature(), lengths(), seed(), ranking(), advanced());
    }

    private VBox prompt() {
        TextField prompt = new TextField();
        prompt.setId("prompt");
        prompt.setPromptText("Words to begin with (optional)");
        prompt.textProperty().bindBidirectional(form.promptProperty());
        return field("Prompt", prompt);
    }

    private VBox temperature() {
        Slider slider = new Slider(0, SamplingForm.MAX_TEMPERATURE, form.temperatureProperty().get());
        slider.setId("temperature");
        slider.setMajorTickUnit(0.5);
        slider.setMinorTickCount(4);
        slider.setShowTickMarks(true);
        slider.setBlockIncrement(0.05);
        slider.valueProperty().bindBidirectional(form.temperatureProperty());
        Label value = new Label();
        value.setId("temperature-value");
        value.getStyleClass().add("value-label");
        value.textProperty().bind(form.temperatureTextProperty());
        Label title = fieldLabel("Temperature");
        HBox top = new HBox(title, new Spacer(), value);
        top.setAlignment(Pos.BASELINE_LEFT);
        Label hint = hint("Low: safe and repetitive · high: surprising, then strange");
        return new VBox(6, top, slider, hint);
    }

    private GridPane lengths() {
        Spinner<Integer> count = intSpinner(1, SamplingForm.MAX_COUNT, countValue);
        count.setId("count");
        Spinner<Integer> max = intSpinner(1, SamplingForm.MAX_WORDS, maxValue);
        max.setId("max-tokens");
        ((SpinnerValueFactory.IntegerSpinnerValueFactory) max.getValueFactory()).maxProperty()
                .bind(form.maxTokensLimitProperty());
        Label maxLabel = fieldLabel("");
        maxLabel.textProperty().bind(form.maxTokensLabelProperty());
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.add(fieldLabel("Count"), 0, 0);
        grid.add(maxLabel, 1, 0);
        grid.add(count, 0, 1);
        grid.add(max, 1, 1);
        return grid;
    }

    private VBox seed() {
        TextField seed = new TextField();
        seed.setId("seed");
        seed.textProperty().bindBidirectional(form.seedProperty());
        HBox.setHgrow(seed, Priority.ALWAYS);
        Button dice = new Button("⚄");
        dice.setId("dice");
        dice.getStyleClass().add("dice-button");
        dice.setTooltip(new Tooltip("New random seed"));
        dice.setOnAction(e -> vm.rollSeed());
        CheckBox fresh = new CheckBox("New seed each time");
        fresh.selectedProperty().bindBidirectional(form.newSeedEachTimeProperty());
        fresh.setTooltip(new Tooltip("Roll a seed before each Generate; untick it to write the same quatrains again"));
        // Typing a seed means "use this one": rolling a new one over it would be a surprise.
        seed.setOnKeyTyped(e -> fresh.setSelected(false));
        HBox row = new HBox(6, seed, dice);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, fieldLabel("Seed"), row, fresh);
    }

    private VBox ranking() {
        RankingModel ranking = vm.ranking();
        Spinner<Integer> bestOf = intSpinner(1, RankingModel.MAX_CANDIDATES, bestOfValue);
        bestOf.setId("best-of");
        bestOf.setTooltip(new Tooltip("Rank writes this many candidates (at least Count) and shows the Count the judge"
                + " scores highest"));
        CheckBox hide = new CheckBox("Hide copies");
        hide.setId("hide-copies");
        hide.selectedProperty().bindBidirectional(ranking.hideCopiesProperty());
        hide.setTooltip(new Tooltip("Rank passes over candidates that repeat long runs of the corpus: copies read"
                + " most like it, so the judge would pick them first"));
        CheckBox sort = new CheckBox("Sort by score");
        sort.setId("sort-by-score");
        sort.selectedProperty().bindBidirectional(ranking.sortByScoreProperty());
        sort.setTooltip(new Tooltip("Show judged quatrains best first; off, in the order they were written"));
        HBox row = new HBox(12, bestOf, new VBox(4, hide, sort));
        row.setAlignment(Pos.CENTER_LEFT);
        bestOf.setPrefWidth(110);
        return new VBox(6, fieldLabel("Best of"), row, hint("Rank keeps the Count best by the model's judge"));
    }

    private TitledPane advanced() {
        Spinner<Integer> topK = intSpinner(0, SamplingForm.MAX_TOP_K, topKValue);
        topK.setId("top-k");
        Spinner<Double> topP = new Spinner<>();
        topP.setId("top-p");
        SpinnerValueFactory.DoubleSpinnerValueFactory f = new SpinnerValueFactory.DoubleSpinnerValueFactory(0.05, 1.0,
                form.topPProperty().get(), 0.05);
        f.setConverter(converter(s -> Double.valueOf(s.strip().replace(',', '.')), v -> String.format(Locale.ROOT,
                "%.2f", v), f.valueProperty()));
        topP.setValueFactory(f);
        topP.setEditable(true);
        f.valueProperty().bindBidirectional(topPValue);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.add(fieldLabel("Top-k"), 0, 0);
        grid.add(fieldLabel("Top-p"), 1, 0);
        grid.add(topK, 0, 1);
        grid.add(topP, 1, 1);
        grid.add(hint("0 = off"), 0, 2);
        grid.add(hint("1.00 = off"), 1, 2);
        TitledPane pane = new TitledPane("Advanced", grid);
        pane.setExpanded(false);
        pane.getStyleClass().add(Styles.DENSE);
        return pane;
    }

    /** Generate, Rank and Temperature sweep, for a bar that stays in view. */
    VBox actions() {
        Button generate = new Button("Generate");
        generate.setId("generate");
        generate.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        generate.setDefaultButton(true);
        generate.setMaxWidth(Double.MAX_VALUE);
        generate.disableProperty().bind(vm.canGenerateProperty().not());
        generate.setOnAction(e -> vm.generate());
        Button rank = new Button("Rank");
        rank.setId("rank");
        rank.getStyleClass().addAll(Styles.BUTTON_OUTLINED, Styles.LARGE);
        rank.setMinWidth(Region.USE_PREF_SIZE);
        rank.disableProperty().bind(vm.canGenerateProperty().not());
        rank.setTooltip(new Tooltip("Write Best-of candidates and keep the Count the model's judge likes best; a model"
                + " without a judge gets one first (about a minute)"));
        rank.setOnAction(e -> vm.rank());
        HBox.setHgrow(generate, Priority.ALWAYS);
        HBox main = new HBox(8, generate, rank);
        Button sweep = new Button("Temperature sweep");
        sweep.setId("sweep");
        sweep.getStyleClass().add(Styles.BUTTON_OUTLINED);
        sweep.setMaxWidth(Double.MAX_VALUE);
        sweep.disableProperty().bind(vm.canGenerateProperty().not());
        sweep.setTooltip(new Tooltip("One quatrain each at temperature 0.2, 0.5, 1.0 and 1.2, same seed,"
                + " side by side"));
        sweep.setOnAction(e -> vm.sweep());
        VBox box = new VBox(8, main, sweep);
        box.getStyleClass().add("actions");
        return box;
    }

    private static Spinner<Integer> intSpinner(int min, int max, ObjectProperty<Integer> value) {
        SpinnerValueFactory.IntegerSpinnerValueFactory f = new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max,
                Math.max(min, Math.min(max, value.get())));
        f.setConverter(converter(s -> Integer.valueOf(s.strip()), String::valueOf, f.valueProperty()));
        f.valueProperty().bindBidirectional(value);
        Spinner<Integer> spinner = new Spinner<>(f);
        spinner.setEditable(true);
        spinner.setMaxWidth(Double.MAX_VALUE);
        return spinner;
    }

    /** Text that is not a number puts the current value back instead of throwing on the UI thread. */
    private static <T> StringConverter<T> converter(Function<String, T> parse,
            Function<T, String> format, ObjectProperty<T> current) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : format.apply(value);
            }

            @Override
            public T fromString(String text) {
                try {
                    return parse.apply(text);
                } catch (RuntimeException e) {
                    return current.get();
                }
            }
        };
    }

    static VBox field(String label, Node control) {
        return new VBox(6, fieldLabel(label), control);
    }

    static Label fieldLabel(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("field-label");
        return l;
    }

    static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        return l;
    }
}
