package quatrain.app.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import quatrain.app.context.AppContext;
import quatrain.app.corpus.CorpusViewModel;
import quatrain.app.service.TrainingStatus;
import quatrain.app.settings.Settings;
import quatrain.app.settings.SettingsStore;
import quatrain.app.settings.Theme;
import quatrain.app.settings.WindowBounds;
import quatrain.core.QuatrainException;
import quatrain.core.bundle.BundleException;
import quatrain.core.training.RunProgress;
import quatrain.core.training.StopReason;
import quatrain.core.training.TrainingEvent;
import quatrain.engine.BackendInfo;
import quatrain.engine.ModelFiles;
import quatrain.engine.TrainedModel;

/**
 * The main window's state: theme, recent files, opening and saving models, dropped files, the status bar
 * and quitting (which asks first when training runs). Model files are read and copied in the background.
 */
public final class MainWindowViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(MainWindowViewModel.class);
    public static final String TITLE = "Quatrain Studio";

    /** The sections of File ▸ Recent. */
    public enum RecentKind {
        CORPUS,
        MODEL,
        /** A model saved where a stopped run stood: choosing it resumes training. */
        CHECKPOINT
    }

    /** Where a dropped file went. */
    public enum Drop {
        CORPUS,
        MODEL,
        NOTHING
    }

    private final AppContext context;
    private final SettingsStore settings;
    private final CorpusViewModel corpus;
    private final Supplier<BackendInfo> detector;
    private final Runnable exit;
    private final Function<Path, TrainedModel> opener;
    private final ReadOnlyObjectWrapper<Theme> theme = new ReadOnlyObjectWrapper<>(this, "theme");
    private final RecentLists recent;
    private final ReadOnlyStringWrapper device = new ReadOnlyStringWrapper(this, "device", "Detecting device…");
    private final ReadOnlyStringWrapper deviceDetails = new ReadOnlyStringWrapper(this, "deviceDetails", "");
    private final ReadOnlyStringWrapper trainingText = new ReadOnlyStringWrapper(this, "training");
    private final ReadOnlyStringWrapper busy = new ReadOnlyStringWrapper(this, "busy");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyBooleanWrapper canSaveModel = new ReadOnlyBooleanWrapper(this, "canSaveModel");
    private final ObjectProperty<Runnable> exportAction = new SimpleObjectProperty<>(this, "exportAction");
    private final ObjectProperty<Consumer<Path>> resumeAction = new SimpleObjectProperty<>(this, "resumeAction");
    private final SessionMemory memory;
    private final RunProgress progress = new RunProgress();
    private final List<String> restoreNotes = new ArrayList<>();

    public MainWindowViewModel(AppContext context, SettingsStore settings, CorpusViewModel corpus,
            Supplier<BackendInfo> detector, Runnable exit) {
        this(context, settings, corpus, detector, exit, TrainedModel::open, StarterModel.none());
    }

    /** @param starter the model loaded when no earlier session left one */
    public MainWindowViewModel(AppContext context, SettingsStore settings, CorpusViewModel corpus,
            Supplier<BackendInfo> detector, Runnable exit, StarterModel starter) {
        this(context, settings, corpus, detector, exit, TrainedModel::open, starter);
    }

    /** @param opener reads a model file (tests give one that fails as a hostile or huge file would) */
    MainWindowViewModel(AppContext context, SettingsStore settings, CorpusViewModel corpus,
            Supplier<BackendInfo> detector, Runnable exit, Function<Path, TrainedModel> opener) {
        this(context, settings, corpus, detector, exit, opener, StarterModel.none());
    }

    MainWindowViewModel(AppContext context, SettingsStore settings, CorpusViewModel corpus,
            Supplier<BackendInfo> detector, Runnable exit, Function<Path, TrainedModel> opener, StarterModel starter) {
        this.opener = opener;
        this.memory = new SessionMemory(context, settings, opener, starter);
        this.context = context;
        this.settings = settings;
        this.corpus = corpus;
        this.detector = detector;
        this.exit = exit;
        Settings s = settings.current();
        theme.set(s.theme());
        recent = new RecentLists(settings);
        corpus.loadedFileProperty().addListener((obs, old, file) -> {
            if (file != null) {
                recent.add(RecentKind.CORPUS, file);
            }
        });
        context.session().modelProperty().addListener((obs, old, m) -> {
            canSaveModel.set(m != null);
            if (m != null) {
                recent.add(RecentKind.MODEL, m.file());
            }
        });
        canSaveModel.set(context.session().modelProperty().get() != null);
        context.training().statusProperty().addListener((obs, old, st) -> updateTrainingText());
        context.training().addObserver(events -> {
            events.forEach(progress::accept);
            events.forEach(this::rememberCheckpoint);
            updateTrainingText();
        });
        updateTrainingText();
        memory.track();
    }

    /**
     * Start-up work that touches no large file: detect the device, drop recent files that are gone. What the last
     * session had open comes back through {@link #restoreSession()}, once the window is on screen.
     */
    public void start() {
        context.background().execute(() -> {
            try {
                BackendInfo info = detector.get();
                context.ui().dispatch(() -> {
                    device.set(info.summary());
                    deviceDetails.set(info.device() + (info.features().isEmpty() ? "" : " · " + info.features())
                            + "\n" + info.gpuStatus());
                });
            } catch (RuntimeException e) {
                LOG.error("Device detection failed", e);
                context.ui().dispatch(() -> device.set("Device unknown"));
            }
        });
        List<List<String>> snapshot = recent.snapshot();
        context.background().execute(() -> {
            List<List<String>> left = snapshot.stream().map(RecentFiles::pruneMissing).toList();
            context.ui().dispatch(() -> recent.replace(left));
        });
    }

    /**
     * Reads what the last session had open, in the background: its corpus (or the sample) and its model (or the
     * starter model). A file that is gone gets a note in the status bar, not an error.
     */
    public void restoreSession() {
        memory.reload(corpus, this::restoreNote);
    }

    /** The corpus's note and the model's arrive apart; the status bar shows both. */
    private void restoreNote(String text) {
        restoreNotes.add(text);
        notice.set(String.join(" ", restoreNotes));
    }

    /** The pane that was in front when the app last ran; null for none. */
    public String rememberedPane() {
        return settings.current().session().pane();
    }

    /** Remembers the pane in front for the next start. */
    public void paneShown(String title) {
        memory.rememberPane(title);
    }

    public void openCorpus(Path file) {
        rememberFolder(file, true);
        corpus.load(file);
    }

    /** Opens a model file in the background; it becomes the model that generation uses. */
    public void openModel(Path file) {
        rememberFolder(file, false);
        String name = String.valueOf(file.getFileName());
        busy.set("Opening " + name + "…");
        context.background().execute(() -> {
            try {
                TrainedModel model = opener.apply(file);
                LOG.info("Opened model {}", file.toAbsolutePath());
                context.ui().dispatch(() -> {
                    busy.set(null);
                    context.session().modelProperty().set(model);
                    notice.set("Opened model " + name);
                });
            } catch (RuntimeException e) {
                fail("Could not open the model \"" + name + "\"", e);
            } catch (OutOfMemoryError e) {
                // TrainedModel.open reports its own as a BundleException; this is for one that escapes it. What the
                // reading held is unreachable once this frame is gone, so the heap is back at the next collection.
                fail("Could not open the model \"" + name + "\"", new BundleException("\"" + name
                        + "\" does not fit in this program's memory: " + e.getMessage(), e));
            }
        });
    }

    /** Copies the current model's file to {@code target} in the background. */
    public void saveModelAs(Path target) {
        TrainedModel model = context.session().modelProperty().get();
        if (model == null) {
            error.set("There is no model to save yet: train one or open a model file.");
            return;
        }
        Path dest = target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(ModelFiles.EXTENSION) ? target
                : target.resolveSibling(target.getFileName() + ModelFiles.EXTENSION);
        rememberFolder(dest, false);
        busy.set("Saving " + dest.getFileName() + "…");
        context.background().execute(() -> {
            try {
                FileCopy.atomically(model.file(), dest);
                context.ui().dispatch(() -> {
                    busy.set(null);
                    recent.add(RecentKind.MODEL, dest);
                    notice.set("Saved the model as " + dest.getFileName());
                });
            } catch (RuntimeException e) {
                fail("Could not save the model as \"" + dest.getFileName() + "\"", e);
            }
        });
    }

    /** A name for Save model as…: the current model's file name. */
    public String suggestedModelName() {
        TrainedModel m = context.session().modelProperty().get();
        return m == null || m.file().getFileName() == null ? "model" + ModelFiles.EXTENSION
                : m.file().getFileName().toString();
    }

    private void fail(String what, RuntimeException e) {
        boolean known = e instanceof QuatrainException;
        if (known) {
            LOG.info("{}: {}", what, e.getMessage());
        } else {
            LOG.error(what, e);
        }
        String message = known ? e.getMessage() : what + ": " + e.getMessage();
        context.ui().dispatch(() -> {
            busy.set(null);
            error.set(message);
        });
    }

    /**
     * Opens a recent entry (a checkpoint resumes training), or removes it with a message when the file is gone.
     */
    public void openRecent(String entry, RecentKind kind) {
        Path file = Path.of(entry);
        context.background().execute(() -> {
            boolean exists = Files.isRegularFile(file);
            context.ui().dispatch(() -> {
                if (!exists) {
                    recent.remove(kind, file);
                    error.set("\"" + file + "\" no longer exists; it was removed from the recent files.");
                } else if (kind == RecentKind.CORPUS) {
                    openCorpus(file);
                } else if (kind == RecentKind.MODEL || resumeAction.get() == null) {
                    openModel(file);
                } else {
                    resumeTraining(file);
                }
            });
        });
    }

    /** Continues training the model in {@code file} on the current corpus (File ▸ Resume training…). */
    public void resumeTraining(Path file) {
        rememberFolder(file, false);
        Consumer<Path> action = resumeAction.get();
        if (action != null) {
            action.accept(file);
        }
    }

    public void clearRecent() {
        recent.clear();
    }

    /** A file dropped on the window: a {@code .quatrain} file opens as a model, anything else as a corpus. */
    public Drop drop(List<Path> files) {
        if (files.isEmpty()) {
            return Drop.NOTHING;
        }
        Path first = files.get(0);
        if (String.valueOf(first.getFileName()).toLowerCase(Locale.ROOT).endsWith(ModelFiles.EXTENSION)) {
            openModel(first);
            return Drop.MODEL;
        }
        openCorpus(first);
        return Drop.CORPUS;
    }

    public void toggleTheme() {
        Theme next = theme.get().other();
        theme.set(next);
        settings.update(s -> s.withTheme(next));
    }

    /** True when quitting needs the person's consent because training is running. */
    public boolean quitNeedsConfirmation() {
        return context.training().getStatus().isActive();
    }

    /** Stops training (it saves a checkpoint where it stopped), then quits. */
    public CompletableFuture<Void> stopTrainingAndQuit(WindowBounds bounds) {
        busy.set("Saving checkpoint…");
        return context.training().stop().handle((r, e) -> null).thenRun(() -> context.ui().dispatch(() -> quit(bounds)));
    }

    /** Saves the settings (window size and position included) and ends the app. */
    public void quit(WindowBounds bounds) {
        if (bounds != null) {
            settings.update(s -> s.withWindow(bounds));
        }
        settings.saveCurrent();
        exit.run();
    }

    /** A run that did not end on its own (stopped, quit, out of time) left a model to resume: a checkpoint. */
    private void rememberCheckpoint(TrainingEvent event) {
        if (event instanceof TrainingEvent.Finished f && f.file() != null && f.reason() != StopReason.COMPLETED
                && f.reason() != StopReason.EARLY_STOPPED) {
            recent.add(RecentKind.CHECKPOINT, f.file());
        }
    }

    private void rememberFolder(Path file, boolean corpusFolder) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            String folder = parent.toString();
            settings.update(s -> corpusFolder ? s.withLastCorpusFolder(folder) : s.withLastModelFolder(folder));
        }
    }

    private void updateTrainingText() {
        TrainingStatus status = context.training().getStatus();
        String detail = status.isActive() ? progress.summary() : "";
        trainingText.set(status.label() + (detail.isEmpty() ? "" : " · " + detail));
    }

    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    public ObservableList<String> recentCorpora() {
        return recent.view(RecentKind.CORPUS);
    }

    public ObservableList<String> recentModels() {
        return recent.view(RecentKind.MODEL);
    }

    /** Models a stopped run left, to resume; most recent first. */
    public ObservableList<String> recentCheckpoints() {
        return recent.view(RecentKind.CHECKPOINT);
    }

    public ReadOnlyStringProperty deviceProperty() {
        return device.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty deviceDetailsProperty() {
        return deviceDetails.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty trainingTextProperty() {
        return trainingText.getReadOnlyProperty();
    }

    /** What is being done in the background right now ("Saving checkpoint…"); null when nothing. */
    public ReadOnlyStringProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** A short confirmation for the status bar ("Opened model …"). */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** A failure to show the person; the view clears it once shown. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public void clearError() {
        error.set(null);
    }

    public ReadOnlyBooleanProperty canSaveModelProperty() {
        return canSaveModel.getReadOnlyProperty();
    }

    /** What File ▸ Export… does; the generation pane sets it. Export is disabled while it is null. */
    public ObjectProperty<Runnable> exportActionProperty() {
        return exportAction;
    }

    /** What File ▸ Resume training… and a recent checkpoint do with a model file; the training pane sets it. */
    public ObjectProperty<Consumer<Path>> resumeActionProperty() {
        return resumeAction;
    }

    public Path corpusFolder() {
        return folder(settings.current().lastCorpusFolder(), Path.of(System.getProperty("user.home")));
    }

    public Path modelFolder() {
        return folder(settings.current().lastModelFolder(), context.dirs().models());
    }

    private static Path folder(String saved, Path fallback) {
        Path p = saved == null ? fallback : Path.of(saved);
        return Files.isDirectory(p) ? p : Files.isDirectory(fallback) ? fallback : Path.of(System.getProperty("user.home"));
    }
}
