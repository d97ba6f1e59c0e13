package quatrain.app.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import quatrain.app.context.AppContext;
import quatrain.app.context.Session;
import quatrain.app.corpus.CorpusViewModel;
import quatrain.app.settings.SessionSettings;
import quatrain.app.settings.SettingsStore;
import quatrain.engine.TrainedModel;

/**
 * Remembers what is open (corpus file, model file, the Model pane's settings, the pane in front) in the settings as it
 * changes, and brings it back at the next start. The settings come back at once, before the panes are built; the
 * corpus and the model are read in the background once the window is on screen. A remembered file that is gone or no
 * longer reads gets a note, and the sample corpus or the starter model stands in: a start never fails over it.
 */
final class SessionMemory {
    private static final Logger LOG = LoggerFactory.getLogger(SessionMemory.class);

    private final AppContext context;
    private final SettingsStore settings;
    private final Function<Path, TrainedModel> opener;
    private final StarterModel starter;

    SessionMemory(AppContext context, SettingsStore settings, Function<Path, TrainedModel> opener,
            StarterModel starter) {
        this.context = context;
        this.settings = settings;
        this.opener = opener;
        this.starter = starter;
    }

    /** Puts the remembered model and training settings into the session (no I/O: the settings are read already). */
    static void restoreSpecs(Session session, SessionSettings remembered) {
        remembered.restoredModelSpec().ifPresent(session.modelSpecProperty()::set);
        remembered.restoredTrainingSpec().ifPresent(session.trainingSpecProperty()::set);
    }

    /** From now on every change of the session's corpus, model and settings is remembered. */
    void track() {
        Session session = context.session();
        session.corpusFileProperty().addListener((obs, old, file) -> remember(s -> s.withCorpusFile(text(file))));
        session.modelProperty().addListener((obs, old, m) -> {
            if (m != null) {
                remember(s -> s.withModelFile(text(m.file())));
            }
        });
        session.modelSpecProperty().addListener((obs, old, spec) -> rememberSpecs());
        session.trainingSpecProperty().addListener((obs, old, spec) -> rememberSpecs());
    }

    void rememberPane(String title) {
        remember(s -> s.withPane(title));
    }

    private void rememberSpecs() {
        Session session = context.session();
        if (session.modelSpecProperty().get() != null && session.trainingSpecProperty().get() != null) {
            remember(s -> s.withSpecs(session.modelSpecProperty().get(), session.trainingSpecProperty().get()));
        }
    }

    private void remember(java.util.function.UnaryOperator<SessionSettings> change) {
        settings.update(s -> s.withSession(change.apply(s.session())));
    }

    /**
     * Reads the remembered corpus (or the sample) and model (or the starter model) in the background. A corpus or
     * model chosen meanwhile is kept. {@code notes} hears, on the UI thread, what could not come back.
     */
    void reload(CorpusViewModel corpus, Consumer<String> notes) {
        SessionSettings remembered = settings.current().session();
        if (context.session().corpusProperty().get() == null) {
            if (remembered.corpusFile() != null) {
                corpus.restore(Path.of(remembered.corpusFile()), note -> {
                    remember(s -> s.withCorpusFile(null));
                    notes.accept(note);
                });
            } else {
                corpus.useSample();
            }
        }
        context.background().execute(() -> reloadModel(remembered.modelFile(), notes));
    }

    private void reloadModel(String remembered, Consumer<String> notes) {
        String note = null;
        TrainedModel model = null;
        if (remembered != null) {
            Path file = Path.of(remembered);
            String name = "The model " + file.getFileName();
            if (!Files.isRegularFile(file)) {
                note = name + " is no longer at " + file.toAbsolutePath().getParent();
            } else {
                try {
                    model = opener.apply(file);
                } catch (RuntimeException | OutOfMemoryError e) {
                    LOG.info("The model of the last session cannot be opened: {}", e.getMessage());
                    note = name + " could not be opened again (" + e.getMessage() + ")";
                }
            }
        }
        if (model == null) {
            model = starterModel();
            if (note != null) {
                note += model != null ? "; the starter model is loaded instead." : ".";
            }
        }
        TrainedModel found = model;
        String finalNote = note;
        context.ui().dispatch(() -> {
            if (found != null && context.session().modelProperty().get() == null) {
                context.session().modelProperty().set(found);
            }
            if (finalNote != null) {
                notes.accept(finalNote);
            }
        });
    }

    private TrainedModel starterModel() {
        try {
            Optional<Path> file = starter.install();
            return file.isPresent() ? opener.apply(file.get()) : null;
        } catch (RuntimeException | OutOfMemoryError e) {
            LOG.warn("The starter model cannot be used", e);
            return null;
        }
    }

    private static String text(Path file) {
        return file == null ? null : file.toAbsolutePath().normalize().toString();
    }
}
