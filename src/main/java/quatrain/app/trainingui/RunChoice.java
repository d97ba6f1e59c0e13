package quatrain.app.trainingui;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import quatrain.core.corpus.CorpusLoader;
import quatrain.core.spec.Presets;
import quatrain.engine.ui.RunInfo;

/**
 * A stored run as the run selector shows it: {@code 2025-01-02 03:04:05 · prophecies · quatrains-gru · 1.2 MB},
 * read back from the id {@code RunNames.runId} gave it: the time stamp, corpus and preset, with the stamp first
 * ({@code 20250102-030405-prophecies-quatrains-gru}) or last ({@code prophecies-quatrains-gru-20250102-030405}).
 */
public record RunChoice(String id, String label) {
    private static final Pattern STAMP_FIRST = Pattern.compile("(\\d{8}-\\d{6})-(.+)");
    private static final Pattern STAMP_LAST = Pattern.compile("(.+)-(\\d{8}-\\d{6})");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    /** What a run id can end with: a preset, or "resumed" for a continued model (see TrainingService). */
    private static final List<String> ENDINGS = endings();

    public static RunChoice of(RunInfo run) {
        return new RunChoice(run.id(), describe(run.id()) + " · " + CorpusLoader.humanBytes(run.bytes()));
    }

    /** Date and time, corpus and preset of a run id; the id itself when it does not follow the pattern. */
    static String describe(String id) {
        Matcher first = STAMP_FIRST.matcher(id);
        Matcher last = STAMP_LAST.matcher(id);
        String stamp;
        String rest;
        if (first.matches()) {
            stamp = first.group(1);
            rest = first.group(2);
        } else if (last.matches()) {
            stamp = last.group(2);
            rest = last.group(1);
        } else {
            return id;
        }
        String when;
        try {
            when = LocalDateTime.parse(stamp, STAMP).format(SHOWN);
        } catch (DateTimeParseException e) {
            return id;
        }
        for (String ending : ENDINGS) {
            if (rest.endsWith("-" + ending)) {
                return when + " · " + rest.substring(0, rest.length() - ending.length() - 1) + " · " + ending;
            }
        }
        return when + " · " + rest;
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
