package quatrain.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import quatrain.core.AppDirs;
import quatrain.core.corpus.CorpusLoader;
import quatrain.engine.ui.RunInfo;
import quatrain.engine.ui.TrainingUiServer;

/** {@code quatrain ui}: DL4J's training UI over stored runs, for people who train headless. */
@Command(name = "ui", mixinStandardHelpOptions = true,
        description = {"Serve the training UI (scores, update ratios, model graph, system) for stored runs on",
            "127.0.0.1 at a free port, until stopped with Ctrl+C."})
final class UiCommand implements Callable<Integer> {
    @Option(names = "--runs", paramLabel = "DIR", description = "Folder of run statistics (default: ${DEFAULT-VALUE}).")
    Path runs = AppDirs.forCurrentPlatform().runs();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Counted down by Ctrl+C (the shutdown hook) or by {@link #stop()}. */
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public Integer call() throws InterruptedException {
        TrainingUiServer server = TrainingUiServer.start(runs);
        Thread hook = new Thread(() -> {
            stop();
            try {
                stopped.await(10, TimeUnit.SECONDS); // the JVM ends when the hook returns: let the server stop first
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "quatrain-ui-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            report(server);
            stopRequested.await();
        } finally {
            server.close();
            stopped.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running and waits for the latch above
            }
        }
        return 0;
    }

    /** Ends {@link #call()}: the server stops and the command returns 0. For tests that run it in-process. */
    void stop() {
        stopRequested.countDown();
    }

    private void report(TrainingUiServer server) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(server.overviewUrl());
        List<RunInfo> list = server.runs();
        PrintWriter err = spec.commandLine().getErr();
        if (list.isEmpty()) {
            err.println("No runs in " + runs + " yet: train with 'quatrain train' (it records there) and reload.");
        } else {
            err.printf(Locale.ROOT, "%d runs in %s (pick one in the page's session list):%n", list.size(), runs);
            for (RunInfo r : list) {
                err.printf(Locale.ROOT, "  %s  %s%n", r.id(), CorpusLoader.humanBytes(r.bytes()));
            }
        }
        out.flush();
        err.flush();
    }
}
