package quatrain.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quatrain.core.corpus.Corpus;
import quatrain.core.corpus.CorpusLoader;
import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.Overrides;
import quatrain.core.spec.Preset;
import quatrain.core.spec.Presets;
import quatrain.core.training.TrainingControl;
import quatrain.testing.TestCorpora;

class EvaluatorTest {
    @TempDir
    Path dir;

    @Test
    void aMarkovChainGivesHeldOutTextWithUnseenTransitionsAFiniteCrossEntropy() {
        Preset markov = Presets.get(Presets.MARKOV);
        ModelSpec order3 = Overrides.apply(markov.model(), Map.of("markovOrder", "3"));
        Corpus corpus = TestCorpora.corpus(120, 5);
        Path out = dir.resolve("chain.quatrain");
        new Trainer().train(new TrainingRequest(corpus, order3, markov.training(), out, null), e -> { },
                new TrainingControl());
        // Words of the corpus in orders it never has: every transition below is unseen at order 3.
        Corpus unseen = new CorpusLoader().fromText("held-out.txt",
                "river the king comet moon the under falls shall.\nfire queen gate rises north blood the.\n");

        EvaluationReport own = Evaluator.evaluate(TrainedModel.open(out), corpus);
        EvaluationReport held = Evaluator.evaluate(TrainedModel.open(out), unseen);

        assertThat(held.crossEntropy()).isFinite().isGreaterThan(own.crossEntropy() + 1.0);
        assertThat(held.perplexity()).isFinite();
        assertThat(own.inVocabularyAccuracy()).isGreaterThan(0.3);
    }
}
