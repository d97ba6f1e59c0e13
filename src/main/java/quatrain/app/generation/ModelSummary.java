package quatrain.app.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import quatrain.core.bundle.CorpusInfo;
import quatrain.core.bundle.TrainingState;
import quatrain.core.export.ModelSource;
import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.TokenLevel;
import quatrain.engine.TrainedModel;

/**
 * What the pane says about the model in use: a title (the file), one line of details and the source that
 * exports record. Read from the model file's own specs and manifest, so it works without the corpus.
 *
 * @param title    the model file's name
 * @param details  preset, kind, epochs, best validation loss and training text
 * @param level    word or character tokens (the max-length control counts these)
 * @param source   the model as exports name it
 * @param novelty  whether the file carries its corpus, so copied phrases can be found
 * @param judge    its judge's held-out AUC and temperature, "judge out of date", or "" without a judge
 */
public record ModelSummary(String title, String details, TokenLevel level, ModelSource source, boolean novelty,
        String judge) {

    public static final String NO_MODEL = "No model yet — train one or open a .quatrain file";

    public static ModelSummary of(TrainedModel model) {
        ModelSpec spec = model.info().model();
        TrainingState state = model.info().state();
        CorpusInfo corpus = model.info().manifest().corpus();
        String fileName = model.file().getFileName().toString();
        List<String> parts = new ArrayList<>();
        parts.add(spec.preset());
        parts.add(spec.kind().name() + " · " + spec.level().unitName() + "s");
        int epochs = state.epochsDone();
        parts.add(epochs == 1 ? "1 epoch" : epochs + " epochs");
        if (Double.isFinite(state.bestValLoss())) {
            parts.add(String.format(Locale.ROOT, "best validation loss %.3f", state.bestValLoss()));
        }
        parts.add("trained on " + corpus.name());
        boolean novelty = model.novelty() != null;
        return new ModelSummary(fileName, String.join(" · ", parts), spec.level(),
                new ModelSource(fileName, spec.preset(), corpus.name(), corpus.sha256()), novelty, judge(model));
    }

    private static String judge(TrainedModel model) {
        return model.judgeInfo().map(j -> String.format(Locale.ROOT, "judge: AUC %.2f at T %.1f", j.heldOutAuc(),
                j.temperature())).orElse(model.judgeOutdated() ? "judge out of date (the model was trained since)" : "");
    }
}
