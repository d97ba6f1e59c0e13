package quatrain.app.settings;

import java.util.List;
import java.util.Map;

/**
 * What the app remembers between runs. Missing values (an older or hand-edited file) fall back to the
 * defaults, so a settings file never stops the app from starting.
 *
 * @param theme            light or dark
 * @param recentCorpora    text files, most recent first
 * @param recentModels     model files, most recent first
 * @param window           last window size and position
 * @param lastCorpusFolder folder of the last corpus chosen (null: the home folder)
 * @param lastModelFolder  folder of the last model opened or saved (null: the app's models folder)
 * @param device           preferred compute device, applied when the app starts
 * @param measuredFlops    effective FLOP/s measured in training, per preset and backend ("quatrains-gru@CPU")
 * @param spark            the Spark cluster training goes to when {@code device} is {@link DeviceChoice#SPARK}
 * @param recentCheckpoints models saved where a stopped run stood, to resume, most recent first
 * @param session          what was open when the app last ran (corpus, model, settings, pane in front)
 */
public record Settings(Theme theme, List<String> recentCorpora, List<String> recentModels, WindowBounds window,
        String lastCorpusFolder, String lastModelFolder, DeviceChoice device, Map<String, Double> measuredFlops,
        SparkSettings spark, List<String> recentCheckpoints, SessionSettings session) {

    public Settings {
        theme = theme == null ? Theme.LIGHT : theme;
        recentCorpora = recentCorpora == null ? List.of() : List.copyOf(recentCorpora);
        recentModels = recentModels == null ? List.of() : List.copyOf(recentModels);
        window = window == null || !(window.width() >= WindowBounds.MIN_WIDTH && window.height() >= WindowBounds.MIN_HEIGHT)
                ? WindowBounds.defaults() : window;
        device = device == null ? DeviceChoice.AUTO : device;
        measuredFlops = measuredFlops == null ? Map.of() : Map.copyOf(measuredFlops);
        spark = spark == null ? SparkSettings.defaults() : spark;
        recentCheckpoints = recentCheckpoints == null ? List.of() : List.copyOf(recentCheckpoints);
        session = session == null ? SessionSettings.NONE : session;
    }

    public static Settings defaults() {
        return new Settings(null, null, null, null, null, null, null, null, null, null, null);
    }

    public Settings withTheme(Theme t) {
        return new Settings(t, recentCorpora, recentModels, window, lastCorpusFolder, lastModelFolder, device,
                measuredFlops, spark, recentCheckpoints, session);
    }

    public Settings withRecentCorpora(List<String> list) {
        return new Settings(theme, list, recentModels, window, lastCorpusFolder, lastModelFolder, device, measuredFlops,
                spark, recentCheckpoints, session);
    }

    public Settings withRecentModels(List<String> list) {
        return new Settings(theme, recentCorpora, list, window, lastCorpusFolder, lastModelFolder, device, measuredFlops,
                spark, recentCheckpoints, session);
    }

    public Settings withWindow(WindowBounds w) {
        return new Settings(theme, recentCorpora, recentModels, w, lastCorpusFolder, lastModelFolder, device,
                measuredFlops, spark, recentCheckpoints, session);
    }

    public Settings withLastCorpusFolder(String folder) {
        return new Settings(theme, recentCorpora, recentModels, window, folder, lastModelFolder, device, measuredFlops,
                spark, recentCheckpoints, session);
    }

    public Settings withLastModelFolder(String folder) {
        return new Settings(theme, recentCorpora, recentModels, window, lastCorpusFolder, folder, device, measuredFlops,
                spark, recentCheckpoints, session);
    }

    public Settings withDevice(DeviceChoice d) {
        return new Settings(theme, recentCorpora, recentModels, window, lastCorpusFolder, lastModelFolder, d,
                measuredFlops, spark, recentCheckpoints, session);
    }

    public Settings withMeasuredFlops(Map<String, Double> m) {
        return new Settings(theme, recentCorpora, recentModels, window, lastCorpusFolder, lastModelFolder, device, m,
                spark, recentCheckpoints, session);
    }

    public Settings withSpark(SparkSettings s) {
        return new Settings(theme, recentCorpora, recentModels, window, lastCorpusFolder, lastModelFolder, device,
                measuredFlops, s, recentCheckpoints, session);
    }

    public Settings withRecentCheckpoints(List<String> list) {
        return new Settings(theme, recentCorpora, recentModels, window, lastCorpusFolder, lastModelFolder, device,
                measuredFlops, spark, list, session);
    }

    public Settings withSession(SessionSettings s) {
        return new Settings(theme, recentCorpora, recentModels, window, lastCorpusFolder, lastModelFolder, device,
                measuredFlops, spark, recentCheckpoints, s);
    }
}
