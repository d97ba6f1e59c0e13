package quatrain.app.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;

import atlantafx.base.theme.Styles;

/**
 * One training chart: a title, a line chart without animations or per-point symbols (so thousands of
 * points redraw quickly) and a legend of the current run's series. Lines are styled by role and colour
 * through CSS classes, so both light and dark themes colour them from their own chart palette.
 */
final class MetricChart extends VBox {
    /** Epoch series with at most this many points get dots, so a single epoch is visible at all. */
    static final int MAX_DOTS = 60;

    private final ChartKind kind;
    private final NumberAxis xAxis = new NumberAxis();
    private final NumberAxis yAxis = new NumberAxis();
    private final LineChart<Number, Number> chart = new LineChart<>(xAxis, yAxis);
    private final FlowPane legend = new FlowPane(14, 4);
    private final Label empty = new Label("No data yet");

    MetricChart(ChartKind kind) {
        this.kind = kind;
        getStyleClass().add("metric-chart");
        Label title = new Label(kind.title());
        title.getStyleClass().addAll(Styles.TEXT_BOLD, "chart-heading");
        Label unit = new Label(kind.unit());
        unit.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        HBox header = new HBox(8, title, unit);
        header.setAlignment(Pos.BASELINE_LEFT);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setLegendVisible(false);
        chart.setAxisSortingPolicy(LineChart.SortingPolicy.NONE);
        chart.setMinHeight(140);
        xAxis.setAnimated(false);
        yAxis.setAnimated(false);
        xAxis.setForceZeroInRange(false);
        yAxis.setForceZeroInRange(false);
        xAxis.setMinorTickVisible(false);
        yAxis.setMinorTickVisible(false);
        empty.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        empty.setMouseTransparent(true);
        StackPane plot = new StackPane(chart, empty);
        VBox.setVgrow(plot, Priority.ALWAYS);
        legend.getStyleClass().add("chart-legend-row");
        getChildren().addAll(header, plot, legend);
    }

    ChartKind kind() {
        return kind;
    }

    /** Replaces what is drawn; series objects are reused so the chart does not rebuild its nodes each time. */
    void show(List<PlotLine> lines, XAxisMode mode, boolean log) {
        ObservableList<XYChart.Series<Number, Number>> data = chart.getData();
        if (data.size() != lines.size()) {
            List<XYChart.Series<Number, Number>> fresh = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                fresh.add(new XYChart.Series<>());
            }
            data.setAll(fresh);
        }
        boolean anyPoint = false;
        for (int i = 0; i < lines.size(); i++) {
            PlotLine line = lines.get(i);
            XYChart.Series<Number, Number> series = data.get(i);
            series.setName(line.label());
            series.getData().setAll(points(line));
            style(series.getNode(), line);
            styleDots(series, line);
            anyPoint |= line.size() > 0;
        }
        empty.setVisible(!anyPoint);
        xAxis.setLabel(mode.axisLabel());
        xAxis.setTickLabelFormatter(AxisFormat.xAxis(mode));
        yAxis.setLabel(log ? "log scale" : null);
        yAxis.setTickLabelFormatter(AxisFormat.values(log));
        updateLegend(lines);
    }

    /** Fixes the x axis to {@code [0, upper]}, shared by all charts so that the same step lines up. */
    void setXRange(NiceScale.Range range) {
        xAxis.setAutoRanging(false);
        xAxis.setLowerBound(0);
        xAxis.setUpperBound(range.upper());
        xAxis.setTickUnit(range.step());
    }

    /** The largest x of any line, 0 when empty. */
    static double maxX(List<PlotLine> lines) {
        double max = 0;
        for (PlotLine l : lines) {
            if (l.size() > 0) {
                max = Math.max(max, l.x()[l.size() - 1]);
            }
        }
        return max;
    }

    private static List<XYChart.Data<Number, Number>> points(PlotLine line) {
        List<XYChart.Data<Number, Number>> points = new ArrayList<>(line.size());
        // Short per-epoch lines get dots: a run of one epoch is a single point, invisible as a line.
        boolean dots = (line.role() == PlotLine.Role.EPOCH || line.role() == PlotLine.Role.OVERLAY)
                && line.size() <= MAX_DOTS;
        for (int i = 0; i < line.size(); i++) {
            XYChart.Data<Number, Number> d = new XYChart.Data<>(line.x()[i], line.y()[i]);
            if (dots) {
                d.setNode(new Region());
            }
            points.add(d);
        }
        return FXCollections.observableArrayList(points);
    }

    /**
     * The chart replaces a symbol's style classes with its own by series index when it adds the point, so
     * the dot's colour classes are added afterwards.
     */
    private static void styleDots(XYChart.Series<Number, Number> series, PlotLine line) {
        for (XYChart.Data<Number, Number> d : series.getData()) {
            Node dot = d.getNode();
            if (dot != null) {
                dot.getStyleClass().addAll("epoch-dot", "c" + line.color());
                if (line.role() == PlotLine.Role.OVERLAY) {
                    dot.getStyleClass().add("overlay");
                }
            }
        }
    }

    private static void style(Node path, PlotLine line) {
        if (path == null) {
            return;
        }
        path.getStyleClass().removeIf(c -> c.matches("c[0-9]") || c.equals("raw") || c.equals("smoothed")
                || c.equals("epoch") || c.equals("overlay"));
        path.getStyleClass().addAll("c" + line.color(), line.role().name().toLowerCase(Locale.ROOT));
    }

    private void updateLegend(List<PlotLine> lines) {
        List<Node> items = new ArrayList<>();
        for (PlotLine line : lines) {
            if (line.role() == PlotLine.Role.SMOOTHED || line.role() == PlotLine.Role.EPOCH) {
                items.add(legendItem(line.label(), line.color(), false));
            }
        }
        legend.getChildren().setAll(items);
    }

    static HBox legendItem(String text, int color, boolean dashed) {
        Line swatch = new Line(0, 0, 18, 0);
        swatch.getStyleClass().addAll("legend-line", "c" + color);
        if (dashed) {
            swatch.getStyleClass().add("overlay");
        }
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_SMALL);
        HBox item = new HBox(6, swatch, label);
        item.setAlignment(Pos.CENTER_LEFT);
        return item;
    }
}
