package quatrain.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

import quatrain.core.corpus.Corpus;
import quatrain.core.corpus.DocumentFormat;
import quatrain.core.judge.JudgeCorpus;
import quatrain.core.judge.JudgeInfo;
import quatrain.core.judge.JudgeProgress;
import quatrain.core.judge.JudgeSettings;
import quatrain.core.judge.NoCorpusException;
import quatrain.engine.Judging;
import quatrain.engine.TrainedModel;

/** Training a judge from the command line ({@code judge}, and {@code generate --best-of} when there is none). */
final class JudgeRun {
    private static final long MAX_CORPUS_BYTES = 2048L << 20;

    private JudgeRun() {
    }

    /** Whether the model's judge judges these weights at the temperature and seed asked for. */
    static boolean matches(TrainedModel model, JudgeSettings settings) {
        return model.judgeInfo().filter(j -> j.temperature() == settings.temperature() && j.seed() == settings.seed())
                .isPresent();
    }

    /** The documents of {@code file} as a judge's corpus, or null for the model file's own. */
    static JudgeCorpus corpus(Path file, DocumentFormat format, TrainedModel model, PrintWriter err) {
        if (file == null) {
            return null;
        }
        Corpus c = CorpusOptions.load(file, format, MAX_CORPUS_BYTES);
        var trainedOn = model.info().manifest().corpus();
        if (trainedOn != null && !trainedOn.sha256().equals(c.sha256())) {
            err.printf("note: %s is not the text the model was trained on (\"%s\"); the judge compares with it"
                    + " anyway.%n", file.getFileName(), trainedOn.name());
        }
        return JudgeCorpus.of(c);
    }

    /**
     * Trains and saves the judge, printing progress to {@code err}; a model file without its corpus is refused
     * with {@code advice} (how to give the text from this command).
     */
    static TrainedModel train(TrainedModel model, JudgeSettings settings, JudgeCorpus corpus, PrintWriter err,
            String advice) {
        if (model.judgeOutdated()) {
            err.println("The judge in this file judged earlier weights (the model was trained since): training a new one.");
        }
        err.printf(Locale.ROOT, "Training a judge: %,d quatrains at T = %.2f against %,d corpus documents, %d epochs…%n",
                settings.samples(), settings.temperature(), settings.samples(), settings.epochs());
        err.flush();
        try {
            return Judging.train(model, corpus, settings, p -> progress(p, err), () -> Thread.currentThread().isInterrupted());
        } catch (NoCorpusException e) {
            throw e.withAdvice(advice);
        }
    }

    private static void progress(JudgeProgress p, PrintWriter err) {
        if (p.phase() == JudgeProgress.Phase.WRITING) {
            if (p.done() % 100 == 0 || p.done() == p.total()) {
                err.printf(Locale.ROOT, "  wrote %,d of %,d quatrains%n", p.done(), p.total());
            }
        } else {
            err.printf(Locale.ROOT, "  epoch %d of %d · held-out AUC %.3f%n", p.done(), p.total(), p.auc());
        }
        err.flush();
    }

    /** One line for a quatrain's footnote or a report: the judge's score. */
    static String score(double s) {
        return String.format(Locale.ROOT, "judge %.2f", s);
    }

    static String describe(JudgeInfo info) {
        return String.format(Locale.ROOT, "judge: held-out AUC %.3f, quatrains at T = %.2f", info.heldOutAuc(),
                info.temperature());
    }
}
