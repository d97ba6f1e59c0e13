package quatrain.engine.ui;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.deeplearning4j.config.DL4JSystemProperties;
import org.deeplearning4j.ui.VertxUIServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.vertx.core.Vertx;
import quatrain.core.AppDirs;
import quatrain.core.QuatrainException;

/**
 * DL4J's training UI for the runs in one folder, served on 127.0.0.1 at a free port. DL4J allows one UI
 * server per JVM, so this is one too: {@link #start(Path)} starts it the first time and returns the running
 * one after. If it cannot start, the exception says why and nothing else is affected.
 */
public final class TrainingUiServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingUiServer.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    /** How often the runs folder is looked at again for new runs and runs written elsewhere. */
    static final Duration LOOK_EVERY = Duration.ofSeconds(2);
    /** The cache folder's sub-folder for copies of run files. */
    static final String VIEWS_FOLDER = "run-views";
    /** Vert.x logs through java.util.logging (straight to stderr) unless told to use SLF4J before it starts. */
    private static final String VERTX_LOGGING = "vertx.logger-delegate-factory-class-name";
    /**
     * Vert.x 3.9 servers also speak cleartext HTTP/2 (upgrade or prior knowledge) unless this is set when they
     * are made; no browser uses it, Java's HttpClient upgrades to it, and HTTP/1.1 alone is less to guard.
     */
    private static final String VERTX_NO_H2C = "vertx.disableH2c";
    private static TrainingUiServer running;

    private final Path runsDir;
    private final Vertx vertx;
    private final LoopbackUiServer server;
    private final ShownRuns shown;
    private final ScheduledExecutorService looker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "quatrain-ui-runs");
        t.setDaemon(true);
        return t;
    });

    private TrainingUiServer(Path runsDir, Vertx vertx, LoopbackUiServer server, RunViewFolder views) {
        this.runsDir = runsDir;
        this.vertx = vertx;
        this.server = server;
        this.shown = new ShownRuns(server, views);
    }

    /**
     * Starts the server for {@code runsDir} (or returns the one already running) and attaches its runs; copies of
     * runs written elsewhere go to the app's cache folder.
     */
    public static TrainingUiServer start(Path runsDir) {
        return start(runsDir, AppDirs.forCurrentPlatform().cache());
    }

    /** {@link #start(Path)} with {@code cache} as the app's cache folder (copies of run files, page templates). */
    static synchronized TrainingUiServer start(Path runsDir, Path cache) {
        if (running != null && !running.server.isStopped()) {
            running.refresh();
            return running;
        }
        UiTemplates.useCacheFolder(cache);
        System.getProperties().putIfAbsent(VERTX_LOGGING, "io.vertx.core.logging.SLF4JLogDelegateFactory");
        System.getProperties().putIfAbsent(VERTX_NO_H2C, "true");
        Vertx vertx = Vertx.vertx();
        try {
            // Port 0: the OS picks a free port, so a busy 9000 (or anything else) never matters.
            System.setProperty(DL4JSystemProperties.UI_SERVER_PORT_PROPERTY, "0");
            VertxUIServer.getMultiSession().set(false);
            LoopbackUiServer verticle = new LoopbackUiServer();
            CompletableFuture<String> deployed = new CompletableFuture<>();
            vertx.deployVerticle(verticle, r -> {
                if (r.succeeded()) {
                    deployed.complete(r.result());
                } else {
                    deployed.completeExceptionally(r.cause());
                }
            });
            deployed.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            running = new TrainingUiServer(runsDir, vertx, verticle, RunViewFolder.open(cache.resolve(VIEWS_FOLDER)));
            running.refresh();
            running.looker.scheduleWithFixedDelay(running::lookAgain, LOOK_EVERY.toMillis(), LOOK_EVERY.toMillis(),
                    TimeUnit.MILLISECONDS);
            LOG.info("Training UI at {}", running.address());
            return running;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            vertx.close();
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw new QuatrainException("The training UI could not start: " + cause.getMessage(), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            vertx.close();
            throw new QuatrainException("The training UI start was interrupted", e);
        }
    }

    /** {@code http://127.0.0.1:PORT}. */
    public String address() {
        return "http://" + LoopbackUiServer.HOST + ":" + server.getPort();
    }

    public String overviewUrl() {
        return address() + "/train/overview";
    }

    public int port() {
        return server.getPort();
    }

    public Path runsDir() {
        return runsDir;
    }

    /** Stored runs, newest first. */
    public List<RunInfo> runs() {
        return listRuns(runsDir);
    }

    public static List<RunInfo> listRuns(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<RunInfo> runs = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.getFileName().toString().endsWith(RunRecorder.EXTENSION))::iterator) {
                runs.add(new RunInfo(RunRecorder.sessionId(f), f, Files.size(f), Files.getLastModifiedTime(f).toInstant()));
            }
        } catch (IOException e) {
            LOG.warn("Cannot list training runs in {}", dir, e);
        }
        runs.sort(RunInfo.NEWEST_FIRST);
        return runs;
    }

    /**
     * Attaches runs that appeared since the last look (a run started since, for example) and copies again the
     * runs other processes are writing. Also done every {@link #LOOK_EVERY} while the server runs.
     */
    public void refresh() {
        shown.update(runs());
    }

    private void lookAgain() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.warn("Could not look for new training runs in {}", runsDir, e);
        }
    }

    /** Makes {@code runId} the run the UI's pages show. */
    public void select(String runId) {
        refresh();
        Optional<String> refusal = shown.refusal(runId);
        if (refusal.isPresent()) {
            throw new QuatrainException(refusal.get());
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(address() + "/train/sessions/set/" + runId))
                .timeout(Duration.ofSeconds(10)).GET().build();
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new QuatrainException("The training UI does not know run " + runId + " (HTTP " + r.statusCode() + ")");
            }
        } catch (IOException e) {
            throw new QuatrainException("The training UI did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QuatrainException("Interrupted while selecting run " + runId, e);
        }
    }

    /** The uploads folder DL4J made in the temp folder at start, already removed (null if none was found). */
    Path uploadsFolder() {
        return server.uploadsFolder();
    }

    public boolean isRunning() {
        return !server.isStopped();
    }

    /** Stops the server, closes the run files it opened and deletes its copies. */
    @Override
    public void close() {
        looker.shutdownNow();
        try {
            looker.awaitTermination(RunSnapshot.GIVE_UP_AFTER.toSeconds() + 5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            try {
                VertxUIServer.stopInstance();
            } catch (Exception e) {
                LOG.warn("Training UI did not stop cleanly", e);
            }
            vertx.close();
            shown.close();
        }
        synchronized (TrainingUiServer.class) {
            if (running == this) {
                running = null;
            }
        }
    }
}
