package quatrain.app.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import quatrain.app.context.AppContext;
import quatrain.core.QuatrainException;
import quatrain.core.corpus.Corpus;
import quatrain.core.corpus.CorpusLoader;
import quatrain.core.sample.SampleCorpus;
import quatrain.core.spec.ModelKind;
import quatrain.core.spec.ModelSpec;

/**
 * The corpus pane's state: loads a text file or the built-in sample into the session and describes the
 * session's corpus as the chosen model will see it. A file that cannot be a corpus leaves the loaded corpus
 * as it was and sets {@link #errorProperty()}; the analysis is redone whenever the corpus or the model changes.
 */
public final class CorpusViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(CorpusViewModel.class);

    private final AppContext context;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper analysing = new ReadOnlyBooleanWrapper(this, "analysing");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyObjectWrapper<Path> loadedFile = new ReadOnlyObjectWrapper<>(this, "loadedFile");
    private final ReadOnlyObjectWrapper<CorpusFacts> facts = new ReadOnlyObjectWrapper<>(this, "facts");
    private final ReadOnlyObjectWrapper<CorpusAnalysis> analysis = new ReadOnlyObjectWrapper<>(this, "analysis");
    private final AtomicLong loadGeneration = new AtomicLong();
    private final AtomicLong analysisGeneration = new AtomicLong();

    public CorpusViewModel(AppContext context) {
        this.context = context;
        context.session().corpusProperty().addListener((obs, old, corpus) -> corpusChanged(corpus));
        context.session().modelSpecProperty().addListener((obs, old, spec) -> analyse());
        corpusChanged(context.session().corpusProperty().get());
    }

    /** Reads {@code file} in the background; on success it becomes the session's corpus. */
    public void load(Path file) {
        run(() -> new Loaded(new CorpusLoader().load(file), file), "Could not read \"" + name(file) + "\"");
    }

    /** Loads the built-in sample of prophecy quatrains. */
    public void useSample() {
        run(() -> new Loaded(SampleCorpus.corpus(), null), "Could not load the built-in sample");
    }

    /**
     * Reads the corpus of an earlier session in the background. A file that is gone or no longer reads as a corpus
     * gives way to the sample, and {@code note} (on the UI thread) says so: a start never fails over it.
     */
    public void restore(Path file, Consumer<String> note) {
        run(() -> {
            String where = "The corpus " + name(file);
            if (!Files.isRegularFile(file)) {
                return sampleInstead(where + " is no longer at " + file.toAbsolutePath().getParent(), note);
            }
            try {
                return new Loaded(new CorpusLoader().load(file), file);
            } catch (QuatrainException e) {
                LOG.info("The corpus of the last session cannot be read: {}", e.getMessage());
                return sampleInstead(where + " could not be read (" + e.getMessage() + ")", note);
            }
        }, "Could not load the built-in sample");
    }

    private Loaded sampleInstead(String what, Consumer<String> note) {
        Loaded sample = new Loaded(SampleCorpus.corpus(), null);
        context.ui().dispatch(() -> note.accept(what + "; the sample corpus is loaded instead."));
        return sample;
    }

    private static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /** A corpus read and the file it came from (null for the sample). */
    private record Loaded(Corpus corpus, Path file) {
    }

    private void run(Supplier<Loaded> reader, String failure) {
        long generation = loadGeneration.incrementAndGet();
        loading.set(true);
        context.background().execute(() -> {
            try {
                Loaded read = reader.get();
                context.ui().dispatch(() -> loaded(generation, read.corpus(), read.file()));
            } catch (QuatrainException e) {
                LOG.info("{}: {}", failure, e.getMessage());
                context.ui().dispatch(() -> failed(generation, e.getMessage()));
            } catch (RuntimeException e) {
                LOG.error(failure, e);
                context.ui().dispatch(() -> failed(generation, failure + ": " + e.getMessage()));
            }
        });
    }

    private void loaded(long generation, Corpus corpus, Path file) {
        if (generation != loadGeneration.get()) {
            return;
        }
        loading.set(false);
        error.set(null);
        loadedFile.set(file);
        context.session().corpusFileProperty().set(file);
        context.session().corpusProperty().set(corpus);
    }

    private void failed(long generation, String message) {
        if (generation == loadGeneration.get()) {
            loading.set(false);
            error.set(message);
        }
    }

    public void dismissError() {
        error.set(null);
    }

    private void corpusChanged(Corpus corpus) {
        facts.set(corpus == null ? null : CorpusFacts.of(corpus));
        analyse();
    }

    private void analyse() {
        Corpus corpus = context.session().corpusProperty().get();
        ModelSpec spec = context.session().modelSpecProperty().get();
        long generation = analysisGeneration.incrementAndGet();
        if (corpus == null || spec == null) {
            analysis.set(null);
            analysing.set(false);
            return;
        }
        analysing.set(true);
        context.background().execute(() -> {
            try {
                CorpusAnalysis result = CorpusAnalysis.of(corpus, spec);
                context.ui().dispatch(() -> analysed(generation, result));
            } catch (RuntimeException e) {
                LOG.error("Could not analyse the corpus", e);
                context.ui().dispatch(() -> analysed(generation, null));
            }
        });
    }

    private void analysed(long generation, CorpusAnalysis result) {
        if (generation == analysisGeneration.get()) {
            analysing.set(false);
            analysis.set(result);
        }
    }

    /** The level and model the analysis speaks of, e.g. "Word level · quatrains-gru (GRU)". */
    public String modelDescription() {
        ModelSpec spec = context.session().modelSpecProperty().get();
        if (spec == null) {
            return "";
        }
        String kind = spec.kind() == ModelKind.MARKOV ? "Markov chain" : spec.kind().name();
        String level = spec.level().unitName();
        return Character.toUpperCase(level.charAt(0)) + level.substring(1) + " level · " + spec.preset() + " (" + kind
                + ")";
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty analysingProperty() {
        return analysing.getReadOnlyProperty();
    }

    /** The message of the last failed load; null when the last load worked or was dismissed. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The file of the session's corpus when it came from this pane; null for the sample. */
    public ReadOnlyObjectProperty<Path> loadedFileProperty() {
        return loadedFile.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CorpusFacts> factsProperty() {
        return facts.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CorpusAnalysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    /** Display lines for the analysis, shared by the view and the tests. */
    public static List<String> countLines(CorpusAnalysis a) {
        String unit = a.level().unitName();
        return List.of(String.format(Locale.ROOT, "%,d %ss", a.tokens(), unit),
                String.format(Locale.ROOT, "%,d distinct %ss%s", a.vocabulary(), unit.equals("word") ? "token" : unit,
                        a.unknown() > 0 ? String.format(Locale.ROOT, " (%,d rare ones become <unk>)", a.unknown()) : ""));
    }
}
