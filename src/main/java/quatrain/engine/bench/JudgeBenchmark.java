package quatrain.engine.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

import quatrain.core.judge.BestOf;
import quatrain.core.judge.JudgeInfo;
import quatrain.core.judge.JudgeProgress;
import quatrain.core.judge.JudgeSettings;
import quatrain.core.judge.RankedQuatrain;
import quatrain.core.spec.SamplingSpec;
import quatrain.core.spec.TokenLevel;
import quatrain.engine.Judging;
import quatrain.engine.TrainedModel;

/**
 * The judge's figures for docs/BENCHMARKS.md: at each temperature, a judge trained on a copy of the model file
 * (the file itself is not touched) with the default settings, its held-out AUC and time; then best-of: {@code
 * candidates} quatrains at that temperature, the best {@code keep} by score, and how many of them the novelty check
 * flags as copies, against the share among all candidates (what a random choice would give) and the choice with
 * copies passed over.
 */
public final class JudgeBenchmark {
    private JudgeBenchmark() {
    }

    public static BenchResult run(Path model, List<Double> temperatures, int candidates, int keep) {
        BenchResult result = new BenchResult().put("case", "judge").put("model", model.getFileName().toString())
                .put("candidates", candidates).put("keep", keep);
        for (double t : temperatures) {
            String at = String.format(Locale.ROOT, "_T%.1f", t);
            TrainedModel judged = Judging.train(copy(model), null, JudgeSettings.at(t, JudgeSettings.DEFAULT_SEED),
                    JudgeProgress.Listener.NONE, () -> false);
            JudgeInfo info = judged.judgeInfo().orElseThrow();
            result.put("auc" + at, round(info.heldOutAuc())).put("judge_seconds" + at, round(info.seconds()));
            boolean words = judged.info().model().level() == TokenLevel.WORD;
            SamplingSpec sampling = new SamplingSpec(t, 0, 1.0, "", words ? 32 : 240, keep, 7);
            List<RankedQuatrain> all = Judging.candidates(judged, sampling, candidates);
            List<RankedQuatrain> chosen = BestOf.choose(all, keep, false);
            List<RankedQuatrain> novel = BestOf.choose(all, keep, true);
            result.put("copies_among_all" + at, round(BestOf.copiedShare(all)))
                    .put("copies_among_chosen" + at, round(BestOf.copiedShare(chosen)))
                    .put("mean_score_all" + at, round(mean(all)))
                    .put("mean_score_chosen" + at, round(mean(chosen)))
                    .put("mean_score_chosen_without_copies" + at, round(mean(novel)));
        }
        return result;
    }

    private static TrainedModel copy(Path model) {
        try {
            Path tmp = Files.createTempFile("judge-bench", ".quatrain");
            tmp.toFile().deleteOnExit();
            Files.copy(model, tmp, StandardCopyOption.REPLACE_EXISTING);
            return TrainedModel.open(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double mean(List<RankedQuatrain> ranked) {
        return ranked.stream().mapToDouble(RankedQuatrain::score).average().orElse(Double.NaN);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
