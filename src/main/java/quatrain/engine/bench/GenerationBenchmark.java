package quatrain.engine.bench;

import java.util.ArrayList;
import java.util.List;

import quatrain.core.generate.Quatrain;
import quatrain.core.generate.TextGenerator;
import quatrain.core.spec.SamplingSpec;
import quatrain.engine.TrainedModel;

/**
 * Times generation with a trained model: whole quatrains as the app makes them (sampling, stepping,
 * formatting; novelty checked separately), after a warm-up that lets the JIT compile the stepper.
 */
public final class GenerationBenchmark {
    private static final int WARM_UP = 20;

    private GenerationBenchmark() {
    }

    public static BenchResult run(TrainedModel trained, int quatrains, int maxTokens) {
        TextGenerator plain = new TextGenerator(trained.model(), null);
        SamplingSpec spec = new SamplingSpec(1.0, 0, 1.0, "", maxTokens, 1, 1);
        for (int i = 0; i < WARM_UP; i++) {
            plain.generateOne(spec, i);
        }
        List<Double> millis = new ArrayList<>();
        List<Double> perToken = new ArrayList<>();
        long tokens = 0;
        for (int i = 0; i < quatrains; i++) {
            long start = System.nanoTime();
            Quatrain q = plain.generateOne(spec, WARM_UP + i);
            double ms = (System.nanoTime() - start) / 1e6;
            millis.add(ms);
            perToken.add(ms / Math.max(1, q.tokens().size()));
            tokens += q.tokens().size();
        }
        double noveltyMs = Double.NaN;
        if (trained.novelty() != null) {
            TextGenerator checked = trained.generator();
            long start = System.nanoTime();
            for (int i = 0; i < quatrains; i++) {
                checked.generateOne(spec, i);
            }
            noveltyMs = (System.nanoTime() - start) / 1e6 / quatrains;
        }
        var m = trained.info().model();
        return new BenchResult().put("case", "generate").put("model", trained.file().getFileName().toString())
                .put("preset", m.preset()).put("vocabulary", trained.info().vocabularySize())
                .put("quatrains", quatrains).put("max_tokens", maxTokens)
                .put("mean_tokens", TrainingBenchmark.round((double) tokens / quatrains, 1))
                .put("ms_per_quatrain", TrainingBenchmark.round(TrainingBenchmark.median(millis), 3))
                .put("ms_per_32_tokens", TrainingBenchmark.round(TrainingBenchmark.median(perToken) * 32, 3))
                .put("ms_per_quatrain_with_novelty", TrainingBenchmark.round(noveltyMs, 3))
                .put("peak_heap_mb", TrainingBenchmark.round(Machine.peakHeapMb(), 1))
                .put("peak_rss_mb", TrainingBenchmark.round(Machine.peakRssMb(), 1));
    }
}
