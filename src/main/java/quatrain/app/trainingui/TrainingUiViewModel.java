package quatrain.app.trainingui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import quatrain.app.context.AppContext;
import quatrain.app.service.TrainingStatus;
import quatrain.core.QuatrainException;
import quatrain.engine.ui.RunInfo;

/**
 * The Training UI tab's state: the server (started on first use, in the background), the stored runs and the
 * one shown, the page, and script errors the page reported. When a run starts in the app, the list follows
 * and the new run is shown as soon as the server knows it. State changes on the UI dispatcher only.
 */
public final class TrainingUiViewModel implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingUiViewModel.class);
    static final String NO_RUNS = "No training runs yet: every run trained here (or with 'quatrain train') records"
            + " its statistics, and appears in the list above when it starts.";

    static final String FIRST_REPORT = "Training has started: DL4J's pages show this run after its first statistics"
            + " report, a few minibatches in.";

    /** Where the server stands. */
    public enum State {
        NOT_STARTED,
        STARTING,
        READY,
        FAILED
    }

    /** A request to show {@code url}; the serial makes showing the same page again a change too. */
    public record Navigation(String url, long serial) {
    }

    private final AppContext context;
    private final Function<Path, UiServer> starter;
    private final BrowserOpener browser;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.NOT_STARTED);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper(this, "problem");
    private final ObservableList<RunChoice> runs = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<RunChoice> selectedRun = new ReadOnlyObjectWrapper<>(this, "selectedRun");
    private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>(this, "page", Page.OVERVIEW);
    private final ReadOnlyObjectWrapper<Navigation> navigation = new ReadOnlyObjectWrapper<>(this, "navigation");
    private final ReadOnlyIntegerWrapper scriptErrors = new ReadOnlyIntegerWrapper(this, "scriptErrors");
    private final ReadOnlyStringWrapper scriptErrorText = new ReadOnlyStringWrapper(this, "scriptErrorText", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<UnopenedPage> unopened = new ReadOnlyObjectWrapper<>(this, "unopened");
    private final LiveRun liveRun;
    private final RecordingRun recording;
    private CompletableFuture<UiServer> started;
    /** Set in the background as soon as a server runs, so that {@link #close()} can stop it at any moment. */
    private volatile UiServer server;
    private boolean closed;
    private long serial;

    /** A page no browser could open: its address, for the person to copy, and why. */
    public record UnopenedPage(String url, String reason) {
    }

    /** The app's: DL4J's training UI over {@code AppDirs.runs()}. */
    public TrainingUiViewModel(AppContext context, BrowserOpener browser) {
        this(context, UiServer::start, browser);
    }

    /**
     * @param starter starts the server for a runs folder; called on the background executor
     * @param browser opens a URL in the system's browser
     */
    public TrainingUiViewModel(AppContext context, Function<Path, UiServer> starter, BrowserOpener browser) {
        this(context, starter, browser, new LiveRun(System::nanoTime));
    }

    TrainingUiViewModel(AppContext context, Function<Path, UiServer> starter, BrowserOpener browser, LiveRun live) {
        this.context = context;
        this.starter = starter;
        this.browser = browser;
        this.liveRun = live;
        this.recording = new RecordingRun(context.training().recordingProperty()::get);
        context.training().statusProperty().addListener((obs, old, status) -> trainingStatus(old, status));
        context.training().addObserver(events -> {
            if (state.get() == State.READY && liveRun.lookNow()) {
                reload(false);
            }
        });
    }

    /** The tab was shown: starts the server if needed and shows the newest run's overview. */
    public void activate() {
        ensureStarted().thenAccept(s -> {
            if (selectedRun.get() == null && showRecording()) {
                navigate();
            } else if (selectedRun.get() == null && !runs.isEmpty()) {
                select(runs.get(0));
            } else {
                navigate();
            }
        });
    }

    /** Lists the runs again (and tries to start the server again if it failed). */
    public void refresh() {
        if (state.get() == State.READY) {
            reload(true);
        } else {
            activate();
        }
    }

    /** Shows {@code run} in the pages (the server remembers one run for every page). */
    public void select(RunChoice run) {
        if (run == null || state.get() != State.READY || isSelected(run.id())) {
            return;
        }
        RunChoice before = selectedRun.get();
        selectedRun.set(run);
        busy.set(true);
        showRun(run, e -> {
            if (recording.is(run)) { // known to the server after its first report
                busy.set(false);
                say(FIRST_REPORT, false);
            } else {
                fail("Could not show the run " + run.label(), e);
                selectedRun.set(before);
            }
        });
    }

    public void show(Page p) {
        if (p != null && p != page.get()) {
            page.set(p);
            navigate();
        }
    }

    /** The page moved by itself (its own menu); follows it without navigating again. */
    public void pageShown(String url) {
        Page.of(url).ifPresent(page::set);
    }

    /**
     * Opens the page shown here in the system's browser, starting the server first if needed. When no browser takes
     * it, {@link #unopenedPageProperty()} gives its address to copy.
     */
    public void openInBrowser() {
        ensureStarted().thenAccept(s -> {
            String url = s.address() + page.get().path();
            unopened.set(null);
            CompletableFuture<Void> opened;
            try {
                opened = browser.open(url);
            } catch (RuntimeException e) {
                opened = CompletableFuture.failedFuture(e);
            }
            opened.whenComplete((done, error) -> {
                if (error != null) {
                    Throwable cause = error instanceof CompletionException && error.getCause() != null
                            ? error.getCause() : error;
                    LOG.warn("Could not open {} in a browser: {}", url, cause.getMessage());
                    context.ui().dispatch(() -> unopened.set(new UnopenedPage(url, "No browser opened the page ("
                            + cause.getMessage() + "). Open this address in a browser:")));
                }
            });
        });
    }

    /** The person has read or copied the address of the page no browser opened. */
    public void dismissUnopenedPage() {
        unopened.set(null);
    }

    /** A script error the page reported (on the UI thread): logged once here and counted. */
    public void scriptError(String description) {
        LOG.warn("Script error in the training UI page: {}", description);
        int n = scriptErrors.get() + 1;
        scriptErrors.set(n);
        scriptErrorText.set(String.format(Locale.ROOT, "%d script error%s (see log)", n, n == 1 ? "" : "s"));
    }

    /** The page did not load at all. */
    public void pageFailed(String description) {
        LOG.warn("Training UI page did not load: {}", description);
        say("The page did not load: " + description, true);
    }

    /** Stops the server; called when the app ends. Safe to call more than once. */
    @Override
    public void close() {
        UiServer s;
        synchronized (this) {
            closed = true;
            s = server;
            server = null;
        }
        if (s != null) {
            s.close();
        }
    }

    /** Folder of the WebView's own files (cookies, cache): the app's data folder, not {@code ~/.<MainClass>}. */
    public Path webDataDirectory() {
        return context.dirs().data().resolve("webview");
    }

    private CompletableFuture<UiServer> ensureStarted() {
        if (started != null && !started.isCompletedExceptionally()) {
            return started;
        }
        CompletableFuture<UiServer> future = new CompletableFuture<>();
        started = future;
        state.set(State.STARTING);
        say("Starting the training UI…", false);
        Path runsDir = context.dirs().runs();
        context.background().execute(() -> {
            try {
                UiServer s = starter.apply(runsDir);
                if (keep(s)) {
                    List<RunChoice> list = choices(s.runs());
                    context.ui().dispatch(() -> started(s, list, future));
                }
            } catch (RuntimeException e) {
                String reason = e instanceof QuatrainException ? e.getMessage()
                        : "The training UI could not start: " + e.getMessage();
                LOG.warn("Training UI did not start", e);
                context.ui().dispatch(() -> {
                    state.set(State.FAILED);
                    say(reason + (reason.endsWith(".") ? "" : ".")
                            + " Everything else works as usual; Refresh tries again.", true);
                    future.completeExceptionally(e);
                });
            }
        });
        return future;
    }

    /** Holds on to a server that has just started, or stops it when the app closed meanwhile. */
    private boolean keep(UiServer s) {
        synchronized (this) {
            if (!closed) {
                server = s;
                return true;
            }
        }
        s.close();
        return false;
    }

    private void started(UiServer s, List<RunChoice> list, CompletableFuture<UiServer> future) {
        state.set(State.READY);
        say(list.isEmpty() ? NO_RUNS : null, false);
        setRuns(list);
        future.complete(s);
    }

    /** Lists the runs in the background; {@code visibly} for a person's refresh, not for the live-run checks. */
    private void reload(boolean visibly) {
        UiServer s = server;
        busy.set(busy.get() || visibly);
        context.background().execute(() -> {
            try {
                List<RunChoice> list = choices(s.runs());
                context.ui().dispatch(() -> {
                    busy.set(false);
                    setRuns(list);
                });
            } catch (RuntimeException e) {
                fail("Could not list the training runs", e);
            }
        });
    }

    private void setRuns(List<RunChoice> listed) {
        List<RunChoice> list = recording.into(listed);
        RunChoice selected = selectedRun.get();
        if (!runs.equals(list)) {
            runs.setAll(list);
            // A combo box showing these runs clears its value when its items are replaced, and an equal selection
            // fires no change: pass through null so that views show the selected run again.
            selectedRun.set(null);
            list.stream().filter(r -> selected != null && r.id().equals(selected.id())).findFirst()
                    .ifPresentOrElse(selectedRun::set, () -> selectedRun.set(selected));
        }
        if (!list.isEmpty() && NO_RUNS.equals(message.get())) {
            say(null, false);
        }
        liveRun.in(list).ifPresent(live -> showRun(live, e ->
                // Its first statistics are not written yet; the next look tries again.
                LOG.debug("Live run {} not shown yet: {}", live.id(), e.getMessage())));
    }

    /** Selects {@code run} on the server in the background, then reloads the page; {@code failed} on the UI thread. */
    private void showRun(RunChoice run, Consumer<RuntimeException> failed) {
        UiServer s = server;
        context.background().execute(() -> {
            try {
                s.select(run.id());
                context.ui().dispatch(() -> {
                    busy.set(false);
                    if (liveRun.isLive(run)) {
                        liveRun.stop();
                    }
                    selectedRun.set(run);
                    say(null, false);
                    navigate();
                });
            } catch (RuntimeException e) {
                context.ui().dispatch(() -> failed.accept(e));
            }
        });
    }

    private void trainingStatus(TrainingStatus old, TrainingStatus status) {
        if (status == TrainingStatus.RUNNING && (old == null || !old.isActive())) {
            liveRun.trainingStarted(runs.stream().map(RunChoice::id).toList());
            showRecording();
        } else if (!status.isActive()) {
            liveRun.stop();
            if (FIRST_REPORT.equals(message.get())) {
                say(null, false);
            }
        }
        if (state.get() == State.READY && (status == TrainingStatus.RUNNING || !status.isActive())) {
            reload(false);
        }
    }

    /**
     * Lists and selects the run this process is recording, before the server can show it (its file has no report
     * yet), and says so; false when no run is being recorded or the server is not ready.
     */
    private boolean showRecording() {
        RunChoice live = recording.get();
        if (live == null || state.get() != State.READY) {
            return false;
        }
        runs.setAll(recording.into(runs));
        if (!isSelected(live.id())) {
            selectedRun.set(live);
            say(FIRST_REPORT, false);
        }
        return true;
    }

    /** Sets the message; {@code isProblem} when something failed (shown as an error, not as information). */
    private void say(String text, boolean isProblem) {
        problem.set(text != null && isProblem);
        message.set(text);
    }

    private void navigate() {
        UiServer s = server;
        if (s != null) {
            navigation.set(new Navigation(s.address() + page.get().path(), ++serial));
        }
    }

    private boolean isSelected(String id) {
        return selectedRun.get() != null && selectedRun.get().id().equals(id);
    }

    private void fail(String what, RuntimeException e) {
        LOG.warn(what, e);
        context.ui().dispatch(() -> {
            busy.set(false);
            say(what + ": " + e.getMessage(), true);
        });
    }

    private static List<RunChoice> choices(List<RunInfo> infos) {
        return infos.stream().map(RunChoice::of).toList();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** What the tab says above the page: starting, why it failed, no runs yet; null for nothing. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while the message reports a failure. */
    public ReadOnlyBooleanProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Stored runs, newest first. */
    public ObservableList<RunChoice> runs() {
        return FXCollections.unmodifiableObservableList(runs);
    }

    public ReadOnlyObjectProperty<RunChoice> selectedRunProperty() {
        return selectedRun.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Page> pageProperty() {
        return page.getReadOnlyProperty();
    }

    /** What the WebView should load next. */
    public ReadOnlyObjectProperty<Navigation> navigationProperty() {
        return navigation.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty scriptErrorsProperty() {
        return scriptErrors.getReadOnlyProperty();
    }

    /** "N script errors (see log)", or empty while there are none. */
    public ReadOnlyStringProperty scriptErrorTextProperty() {
        return scriptErrorText.getReadOnlyProperty();
    }

    /** The page "Open in browser" could not open, with its address; null when there is none to show. */
    public ReadOnlyObjectProperty<UnopenedPage> unopenedPageProperty() {
        return unopened.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
