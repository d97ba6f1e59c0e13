package quatrain.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine;
import quatrain.core.Json;
import quatrain.core.judge.BestOf;
import quatrain.core.judge.JudgeInfo;
import quatrain.core.judge.JudgeSettings;
import quatrain.core.judge.RankedQuatrain;
import quatrain.core.spec.SamplingSpec;
import quatrain.engine.Judging;
import quatrain.engine.TrainedModel;

/**
 * {@code generate --best-of N}: N candidates (quatrain i drawn from the seed and i, as without it), scored by the
 * model's judge, the best {@code -n} printed with their scores and novelty. A model without a judge of its present
 * weights gets one first.
 */
final class BestOfRun {
    private final CommandLine cli;
    private final Path model;
    private final SamplingSpec sampling;
    private final int candidates;
    private final boolean excludeCopies;
    private final boolean json;

    BestOfRun(CommandLine cli, Path model, SamplingSpec sampling, int candidates, boolean excludeCopies, boolean json) {
        this.cli = cli;
        this.model = model;
        this.sampling = sampling;
        this.candidates = candidates;
        this.excludeCopies = excludeCopies;
        this.json = json;
    }

    int call() throws IOException {
        PrintWriter out = cli.getOut();
        PrintWriter err = cli.getErr();
        TrainedModel trained = TrainedModel.open(model);
        if (trained.judgeInfo().isEmpty()) {
            trained = JudgeRun.train(trained, JudgeSettings.at(sampling.temperature(), JudgeSettings.DEFAULT_SEED),
                    null, err, "Train its judge with: quatrain judge --model " + model + " --corpus FILE");
        }
        JudgeInfo judge = trained.judgeInfo().orElseThrow();
        List<RankedQuatrain> chosen = BestOf.choose(Judging.candidates(trained, sampling, candidates),
                sampling.count(), excludeCopies);
        if (chosen.size() < sampling.count()) {
            err.printf(Locale.ROOT, "note: only %d of the %d candidates do not copy the corpus.%n", chosen.size(),
                    candidates);
        }
        if (json) {
            writeJson(out, trained, judge, chosen);
        } else {
            err.printf(Locale.ROOT, "The best %d of %d by the %s%s.%n%n", chosen.size(), candidates,
                    JudgeRun.describe(judge), excludeCopies ? ", copies passed over" : "");
            err.flush();
            for (RankedQuatrain r : chosen) {
                out.println(r.quatrain().text());
                out.println(GenerateCommand.footnote(r.quatrain()).replaceFirst("\\]$", String.format(Locale.ROOT,
                        " · %s, candidate %d of %d]", JudgeRun.score(r.score()), r.quatrain().index() + 1, candidates)));
                out.println();
            }
        }
        out.flush();
        return 0;
    }

    private void writeJson(PrintWriter out, TrainedModel trained, JudgeInfo judge, List<RankedQuatrain> chosen) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("model", trained.file().toString());
        root.put("preset", trained.info().model().preset());
        root.set("sampling", Json.tree(sampling));
        root.put("candidates", candidates);
        root.put("excludeCopies", excludeCopies);
        root.set("judge", Json.tree(judge));
        var list = root.putArray("quatrains");
        for (RankedQuatrain r : chosen) {
            ObjectNode q = (ObjectNode) Json.tree(r.quatrain());
            q.put("judgeScore", r.score());
            q.put("copies", r.copies());
            list.add(q);
        }
        out.println(Json.writePretty(root));
    }
}
