package quatrain.app.training;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import quatrain.core.training.EpochStats;
import quatrain.core.training.TrainingEvent;

/** The series of the run in progress, growing as events arrive. Touched on the UI thread only. */
final class RunData {
    private final String id;
    private final String corpusName;
    private final String corpusSha256;
    private final String preset;
    private final String startedAt;
    private final Map<Metric, List<RunPoint>> points = new EnumMap<>(Metric.class);

    RunData(String id, String corpusName, String corpusSha256, String preset, String startedAt) {
        this.id = id;
        this.corpusName = corpusName;
        this.corpusSha256 = corpusSha256;
        this.preset = preset;
        this.startedAt = startedAt;
        for (Metric m : Metric.values()) {
            points.put(m, new ArrayList<>());
        }
    }

    /** A run that is not saved: what the charts show before the first training. */
    static RunData empty() {
        return new RunData("", "", "", "", "1970-01-01T00:00:00Z");
    }

    String id() {
        return id;
    }

    boolean isSaved() {
        return !id.isEmpty();
    }

    boolean isEmpty() {
        return points.values().stream().allMatch(List::isEmpty);
    }

    List<RunPoint> points(Metric metric) {
        return points.get(metric);
    }

    void add(TrainingEvent.BatchEnd b) {
        double epoch = b.epoch() - 1 + b.batch() / (double) b.batchesPerEpoch();
        add(Metric.MINIBATCH_LOSS, new RunPoint(b.step(), epoch, b.elapsedSeconds(), b.loss()));
        add(Metric.TOKENS_PER_SECOND, new RunPoint(b.step(), epoch, b.elapsedSeconds(), b.tokensPerSecond()));
    }

    void add(EpochStats s) {
        add(Metric.TRAIN_LOSS, new RunPoint(s.step(), s.epoch(), s.elapsedSeconds(), s.trainLoss()));
        add(Metric.VAL_LOSS, new RunPoint(s.step(), s.epoch(), s.elapsedSeconds(), s.valLoss()));
        add(Metric.VAL_ACCURACY, new RunPoint(s.step(), s.epoch(), s.elapsedSeconds(), s.valAccuracy()));
        add(Metric.PERPLEXITY, new RunPoint(s.step(), s.epoch(), s.elapsedSeconds(), s.perplexity()));
    }

    /** NaN means "not measured" (no validation set, a Markov chain's accuracy): such points are left out. */
    private void add(Metric metric, RunPoint point) {
        if (Double.isFinite(point.value())) {
            points.get(metric).add(point);
        }
    }

    /** An immutable copy to save or export on another thread. */
    RunRecord snapshot() {
        Map<String, List<RunPoint>> series = new LinkedHashMap<>();
        points.forEach((m, p) -> series.put(m.key(), List.copyOf(p)));
        return new RunRecord(RunRecord.VERSION, id, corpusName, corpusSha256, preset, startedAt, series);
    }
}
