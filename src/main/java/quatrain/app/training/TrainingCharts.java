package quatrain.app.training;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

import quatrain.core.training.EpochStats;
import quatrain.core.training.TrainingEvent;

/**
 * The state of the four charts: the current run's series, the earlier runs drawn against it, and the view
 * settings (smoothing, log scale, x axis). Lines are recomputed once per batch of events or settings change,
 * so the charts redraw at most as often as the training service delivers. UI thread only.
 */
public final class TrainingCharts {
    /** Earlier runs drawn at most; more would bury the current one. */
    public static final int MAX_PREVIOUS = 5;
    public static final double DEFAULT_SMOOTHING = 0.6;

    /** An earlier run in the shared legend. */
    public record Overlay(String label, int color) {
    }

    private final ZoneId zone;
    private final DoubleProperty smoothing = new SimpleDoubleProperty(this, "smoothing", DEFAULT_SMOOTHING);
    private final BooleanProperty logScale = new SimpleBooleanProperty(this, "logScale");
    private final ObjectProperty<XAxisMode> xAxis = new SimpleObjectProperty<>(this, "xAxis", XAxisMode.STEP);
    private final Map<ChartKind, ReadOnlyObjectWrapper<List<PlotLine>>> lines = new EnumMap<>(ChartKind.class);
    private final ReadOnlyObjectWrapper<List<Overlay>> overlays = new ReadOnlyObjectWrapper<>(this, "overlays",
            List.of());
    private RunData current = RunData.empty();
    private List<RunRecord> previous = List.of();

    TrainingCharts(ZoneId zone) {
        this.zone = zone;
        for (ChartKind k : ChartKind.values()) {
            lines.put(k, new ReadOnlyObjectWrapper<>(this, k.name(), List.of()));
        }
        smoothing.addListener((o, a, b) -> refresh());
        logScale.addListener((o, a, b) -> refresh());
        xAxis.addListener((o, a, b) -> refresh());
        refresh();
    }

    /** Weight of the moving average on minibatch series, 0 (none) to 0.99. */
    public DoubleProperty smoothingProperty() {
        return smoothing;
    }

    public BooleanProperty logScaleProperty() {
        return logScale;
    }

    public ObjectProperty<XAxisMode> xAxisProperty() {
        return xAxis;
    }

    public ReadOnlyObjectProperty<List<PlotLine>> linesProperty(ChartKind kind) {
        return lines.get(kind).getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Overlay>> overlaysProperty() {
        return overlays.getReadOnlyProperty();
    }

    /** Whether there is anything to export. */
    public boolean hasData() {
        return !current.isEmpty() || !previous.isEmpty();
    }

    void startRun(RunData run) {
        current = run;
        previous = List.of();
        refresh();
    }

    RunData current() {
        return current;
    }

    void setPrevious(List<RunRecord> runs) {
        previous = List.copyOf(runs.subList(0, Math.min(runs.size(), MAX_PREVIOUS)));
        refresh();
    }

    void add(TrainingEvent.BatchEnd b) {
        current.add(b);
    }

    void add(EpochStats s) {
        current.add(s);
    }

    /** Everything on screen as immutable records: the current run first, then the earlier ones. */
    List<RunRecord> records() {
        List<RunRecord> all = new ArrayList<>();
        if (!current.isEmpty()) {
            all.add(current.snapshot());
        }
        all.addAll(previous);
        return all;
    }

    void refresh() {
        ChartLines.View view = new ChartLines.View(weight(), logScale.get(), xAxis.get());
        for (ChartKind k : ChartKind.values()) {
            lines.get(k).set(List.copyOf(ChartLines.build(k, current::points, previous, view, zone)));
        }
        List<Overlay> legend = new ArrayList<>();
        for (int i = 0; i < previous.size(); i++) {
            legend.add(new Overlay(previous.get(i).label(zone), ChartLines.FIRST_OVERLAY_COLOR + i));
        }
        overlays.set(List.copyOf(legend));
    }

    /** The smoothing weight as used, clamped to the allowed range. */
    double weight() {
        return Math.max(0, Math.min(Smoothing.MAX_WEIGHT, smoothing.get()));
    }
}
