package quatrain.app.training;

import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;

/**
 * The four charts in a grid with their controls: smoothing, log scale, x axis, earlier runs and export. The
 * controls wrap and the grid scrolls when the window is too small for them.
 */
final class ChartPanel extends VBox {
    private final TrainingViewModel vm;
    private final TrainingCharts charts;
    private final Map<ChartKind, MetricChart> views = new EnumMap<>(ChartKind.class);
    private final GridPane grid = new GridPane();
    private final FlowPane overlayLegend = new FlowPane();

    ChartPanel(TrainingViewModel vm) {
        this.vm = vm;
        this.charts = vm.charts();
        getStyleClass().add("chart-area");
        overlayLegend.getStyleClass().add("overlay-legend");
        buildGrid();
        // The charts fill the space down to their minimum size, then scroll; the controls above them stay.
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().addAll("charts-scroll", Tweaks.EDGE_TO_EDGE);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(controls(), overlayLegend, scroll);
        for (ChartKind k : ChartKind.values()) {
            charts.linesProperty(k).addListener((o, a, lines) -> draw(k, lines));
            draw(k, charts.linesProperty(k).get());
        }
        charts.overlaysProperty().addListener((o, a, b) -> updateOverlayLegend(b));
        updateOverlayLegend(charts.overlaysProperty().get());
    }

    MetricChart chart(ChartKind kind) {
        return views.get(kind);
    }

    private void buildGrid() {
        grid.setHgap(12);
        grid.setVgap(12);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            grid.getColumnConstraints().add(c);
            RowConstraints r = new RowConstraints();
            r.setPercentHeight(50);
            r.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(r);
        }
        int i = 0;
        for (ChartKind k : ChartKind.values()) {
            MetricChart chart = new MetricChart(k);
            views.put(k, chart);
            grid.add(chart, i % 2, i / 2);
            i++;
        }
    }

    /** The controls in groups that wrap onto a second line in a narrow window rather than being cut. */
    private FlowPane controls() {
        Label smoothingLabel = label("Smoothing");
        Slider smoothing = new Slider(0, Smoothing.MAX_WEIGHT, charts.smoothingProperty().get());
        smoothing.setPrefWidth(150);
        smoothing.setMinWidth(70);
        smoothing.valueProperty().bindBidirectional(charts.smoothingProperty());
        smoothing.setTooltip(new Tooltip("Moving average over minibatch values (debiased, as in TensorBoard);"
                + " the raw line stays faint behind it"));
        Label smoothingValue = new Label();
        smoothingValue.setMinWidth(32);
        smoothingValue.textProperty().bind(charts.smoothingProperty().asString(Locale.ROOT, "%.2f"));
        ToggleSwitch log = new ToggleSwitch("Log scale");
        log.selectedProperty().bindBidirectional(charts.logScaleProperty());
        HBox smoothingGroup = group(smoothingLabel, smoothing, smoothingValue);
        HBox axisGroup = group(label("X axis"), xAxisChoice());
        FlowPane row = new FlowPane(smoothingGroup, log, axisGroup, exportMenu());
        row.getStyleClass().add("chart-controls");
        // Labels and buttons keep their text; the groups wrap instead.
        for (Node n : List.of(smoothingLabel, smoothingValue, log, axisGroup.getChildren().get(0))) {
            ((Control) n).setMinWidth(Region.USE_PREF_SIZE);
        }
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static HBox group(Node... nodes) {
        HBox box = new HBox(nodes);
        box.getStyleClass().add("control-group");
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private HBox xAxisChoice() {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox();
        XAxisMode[] modes = XAxisMode.values();
        for (int i = 0; i < modes.length; i++) {
            XAxisMode mode = modes[i];
            ToggleButton b = new ToggleButton(mode.label());
            b.setUserData(mode);
            b.setToggleGroup(group);
            b.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == modes.length - 1 ? Styles.RIGHT_PILL
                    : Styles.CENTER_PILL);
            b.setSelected(charts.xAxisProperty().get() == mode);
            b.setMinWidth(Region.USE_PREF_SIZE);
            box.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one mode is always chosen
            } else {
                charts.xAxisProperty().set((XAxisMode) now.getUserData());
            }
        });
        return box;
    }

    private MenuButton exportMenu() {
        MenuItem csv = new MenuItem("Chart data as CSV…");
        csv.setOnAction(e -> choose("CSV files", "csv").ifPresent(vm::exportCsv));
        MenuItem png = new MenuItem("Charts as PNG image…");
        png.setOnAction(e -> choose("PNG images", "png").ifPresent(this::exportPng));
        MenuButton menu = new MenuButton("Export", null, csv, png);
        menu.getStyleClass().add(Styles.BUTTON_OUTLINED);
        return menu;
    }

    /** Snapshots the grid on the UI thread (quick); encoding and writing the PNG happen in the background. */
    void exportPng(Path file) {
        SnapshotParameters params = new SnapshotParameters();
        WritableImage image = grid.snapshot(params, null);
        vm.exportPng(image, file);
    }

    private Optional<Path> choose(String description, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export charts");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*." + extension));
        chooser.setInitialFileName(vm.exportName() + "." + extension);
        File file = chooser.showSaveDialog(getScene().getWindow());
        return Optional.ofNullable(file).map(File::toPath);
    }

    private void draw(ChartKind kind, List<PlotLine> lines) {
        XAxisMode mode = charts.xAxisProperty().get();
        views.get(kind).show(lines, mode, charts.logScaleProperty().get());
        double max = 0;
        for (ChartKind k : ChartKind.values()) {
            max = Math.max(max, MetricChart.maxX(charts.linesProperty(k).get()));
        }
        NiceScale.Range range = NiceScale.of(max, mode);
        for (MetricChart chart : views.values()) {
            chart.setXRange(range);
        }
    }

    private void updateOverlayLegend(List<TrainingCharts.Overlay> overlays) {
        overlayLegend.getChildren().clear();
        if (!overlays.isEmpty()) {
            overlayLegend.getChildren().add(label("Earlier runs on this text:"));
            for (TrainingCharts.Overlay o : overlays) {
                overlayLegend.getChildren().add(MetricChart.legendItem(o.label(), o.color(), true));
            }
        }
        overlayLegend.setManaged(!overlays.isEmpty());
        overlayLegend.setVisible(!overlays.isEmpty());
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("control-label");
        return l;
    }
}
