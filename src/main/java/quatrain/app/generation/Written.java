package quatrain.app.generation;

import java.util.List;

import quatrain.core.generate.Quatrain;
import quatrain.core.generate.TextGenerator;
import quatrain.core.spec.SamplingSpec;
import quatrain.engine.TrainedModel;

/**
 * What one Generate, Sweep or Rank wrote, before it becomes cards.
 *
 * @param quatrains  the quatrains to show, in the order they were written
 * @param scores     the judge's score of each, or null when they were not judged
 * @param candidates how many Rank wrote to choose from (0 for Generate and Sweep)
 * @param judged     the model with the judge Rank trained for it, to use from now on; null when none was trained
 */
record Written(List<Quatrain> quatrains, double[] scores, int candidates, TrainedModel judged) {

    /** Generate or Sweep. */
    static Written plain(TrainedModel model, SamplingSpec spec, boolean sweep) {
        TextGenerator generator = model.generator();
        List<Quatrain> written = sweep ? generator.sweep(spec.withCount(1)) : generator.generate(spec);
        // Scoring takes a few milliseconds once the model has a judge; a sweep compares temperatures, not scores.
        double[] scores = !sweep && model.judgeInfo().isPresent() ? model.judgeScores(written) : null;
        return new Written(written, scores, 0, null);
    }

    double score(int i) {
        return scores == null ? Double.NaN : scores[i];
    }
}
