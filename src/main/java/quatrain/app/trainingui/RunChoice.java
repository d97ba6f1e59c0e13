package quatrain.app.trainingui;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import quatrain.core.corpus.CorpusLoader;
import quatrain.core.spec.Presets;
import quatrain.engine.ui.RunInfo;

/**
 * A stored run as the run selector shows it: {@code 2025-01-02 03:04:05 · prophecies · quatrains-gru · 1.2 MB},
 * read back from the id {@code RunNames.runId} gave it (time stamp, corpus slug and preset).
 */
public record RunChoice(String id, String label) {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    /** What a run's name can end with: a preset, or "resumed" for a continued model (see TrainingService). */
    private static final List<String> ENDINGS = endings();
    /** How the list marks the run training in this process now. */
    static final String TRAINING_NOW = "training now";

    public static RunChoice of(RunInfo run) {
        return new RunChoice(run.id(), describe(run) + " · " + CorpusLoader.humanBytes(run.bytes()));
    }

    /** The run training in this process now: listed before its file has statistics, and marked as training. */
    public static RunChoice training(RunInfo run) {
        return new RunChoice(run.id(), describe(run) + " · " + TRAINING_NOW);
    }

    /** Date and time, corpus and preset of a run; its id when that has no time stamp. */
    static String describe(RunInfo run) {
        LocalDateTime started = run.started();
        if (started == null) {
            return run.id();
        }
        String when = started.format(SHOWN);
        String name = run.name();
        for (String ending : ENDINGS) {
            if (name.endsWith("-" + ending)) {
                return when + " · " + name.substring(0, name.length() - ending.length() - 1) + " · " + ending;
            }
        }
        return when + " · " + name;
    }

    private static List<String> endings() {
        List<String> e = new ArrayList<>(Presets.names());
        e.add("resumed");
        e.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(e);
    }

    @Override
    public String toString() {
        return label;
    }
}
