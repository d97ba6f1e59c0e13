package quatrain.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import quatrain.core.Json;
import quatrain.core.bundle.Manifest;
import quatrain.core.bundle.SparkProvenance;
import quatrain.core.corpus.CorpusLoader;
import quatrain.core.judge.JudgeInfo;
import quatrain.core.training.EpochStats;
import quatrain.engine.ModelFiles;
import quatrain.engine.bundle.BundleInfo;

/** {@code quatrain info}: what a model file holds. */
@Command(name = "info", mixinStandardHelpOptions = true, description = "Show what a model file holds.")
final class InfoCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "A .quatrain model file.")
    Path file;

    @Option(names = "--model", paramLabel = "FILE", description = "The model file (same as the positional FILE).")
    Path model;

    @Option(names = "--json", description = "Print everything as JSON.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path target = model != null ? model : file;
        if (target == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing model file: quatrain info FILE");
        }
        BundleInfo info = ModelFiles.readInfo(target);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.writePretty(info));
        } else {
            Manifest m = info.manifest();
            out.printf(Locale.ROOT, "model        %s (%s, %s level), %,d parameters, vocabulary %,d%n", m.preset(), m.kind(),
                    info.model().level().name().toLowerCase(Locale.ROOT), m.parameters(), info.vocabularySize());
            out.printf(Locale.ROOT, "corpus       %s, %s, %,d documents, sha256 %s%n", m.corpus().name(),
                    CorpusLoader.humanBytes(m.corpus().sizeBytes()), m.corpus().documents(), m.corpus().sha256());
            // Stopped inside its first epoch (a time limit, Ctrl+C), a model has no validation loss yet.
            String best = Double.isNaN(info.state().bestValLoss()) ? String.format(Locale.ROOT,
                    "no validation yet (%,d minibatches into epoch %d)", info.state().batchesIntoEpoch(),
                    info.state().epochsDone() + 1) : String.format(Locale.ROOT, "best validation loss %.4f at epoch %d",
                    info.state().bestValLoss(), info.state().bestEpoch());
            out.printf(Locale.ROOT, "training     %d epochs done (%s), seed %d, %s%n", info.state().epochsDone(),
                    info.state().stopReason().toLowerCase(Locale.ROOT).replace('_', ' '), m.seed(), best);
            for (EpochStats s : info.history()) {
                out.println("  " + ProgressPrinter.epochLine(s, s.epoch() == info.state().bestEpoch()));
            }
            out.printf(Locale.ROOT, "made by      Quatrain Studio %s, DL4J %s, Java %s, %s %s on %s%n", m.appVersion(),
                    m.dl4jVersion().isEmpty() ? "-" : m.dl4jVersion(), m.javaVersion(), m.os(), m.arch(), m.backend());
            if (m.spark() != null) {
                SparkProvenance s = m.spark();
                out.printf(Locale.ROOT, "spark        %s, %d executors, %d cores, %d workers; averaging every %d minibatches"
                        + " of %s windows, prefetch %d; Spark %s, DL4J Spark %s; trained in %s%n", s.master(),
                        s.executors(), s.cores(), s.workers(), s.averaging().averagingFrequency(),
                        s.averaging().batchSizePerWorker() > 0 ? Integer.toString(s.averaging().batchSizePerWorker())
                                : "the batch size's", s.averaging().prefetch(), s.sparkVersion(), s.dl4jSparkVersion(),
                        String.join(", ", s.processes()));
            }
            if (info.judge() != null) {
                JudgeInfo j = info.judge();
                out.printf(Locale.ROOT, "judge        held-out AUC %.3f, quatrains at T = %.2f, %,d + %,d texts, %d epochs,"
                        + " corpus: %s; trained %s (used while the weights are the ones it judged)%n", j.heldOutAuc(),
                        j.temperature(), j.trainingTexts(), j.heldOutTexts(), j.epochs(), j.corpus(), j.createdAt());
            }
            out.printf(Locale.ROOT, "dates        created %s, updated %s%n", m.createdAt(), m.updatedAt());
            out.printf(Locale.ROOT, "file         %s (%s)%s%n", target, CorpusLoader.humanBytes(info.fileBytes()),
                    info.hasCorpus() ? ", corpus included for novelty checks"
                            : m.spark() != null ? ", corpus not included (it stays on the cluster): no novelty checks"
                                    : ", corpus not included (too large to keep): no novelty checks");
        }
        out.flush();
        return 0;
    }
}
