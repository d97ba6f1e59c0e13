package quatrain.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import quatrain.core.AppDirs;
import quatrain.core.corpus.CorpusLoader;
import quatrain.engine.ui.RunInfo;
import quatrain.engine.ui.TrainingUiServer;
import quatrain.launch.StopSignal;

/** {@code quatrain ui}: DL4J's training UI over stored runs, for people who train headless. */
@Command(name = "ui", mixinStandardHelpOptions = true,
        description = {"Serve DL4J's training UI for stored runs on this machine.",
            "Scores, update ratios, the model graph and the system, on 127.0.0.1 at a free port, until stopped with"
                    + " Ctrl+C (exit status 130; 143 for TERM)."})
final class UiCommand implements Callable<Integer> {
    @Option(names = "--runs", paramLabel = "DIR", description = "Folder of run statistics (default: ${DEFAULT-VALUE}).")
    Path runs = AppDirs.forCurrentPlatform().runs();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Counted down by a stop signal or by {@link #stop()}. */
    private final CountDownLatch stopRequested = new CountDownLatch(1);

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        // Taken before the server starts: the JVM's own handling would run DL4J's and MapDB's shutdown hooks
        // while the server still serves the run files ("DB was closed" with a stack trace).
        try (SignalStop stop = SignalStop.install(err, "quit at once", (s, signal) -> stopRequested.countDown())) {
            TrainingUiServer server = TrainingUiServer.start(runs);
            try {
                report(server);
                stopRequested.await();
            } finally {
                server.close();
            }
            Optional<StopSignal> signal = stop.signal();
            signal.ifPresent(s -> stop.say("stopped the training UI (" + s.label() + ")"));
            return signal.map(StopSignal::exitStatus).orElse(0);
        }
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
