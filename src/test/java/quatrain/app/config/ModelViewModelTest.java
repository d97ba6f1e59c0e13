package quatrain.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quatrain.app.TestContexts;
import quatrain.app.context.AppContext;
import quatrain.app.settings.DeviceChoice;
import quatrain.app.settings.SettingsStore;
import quatrain.core.corpus.Corpus;
import quatrain.core.spec.ModelEstimator;
import quatrain.core.spec.ModelKind;
import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.Presets;
import quatrain.core.spec.TokenLevel;
import quatrain.core.spec.TrainingSpec;
import quatrain.core.text.TokenizedCorpus;
import quatrain.testing.TestCorpora;

class ModelViewModelTest {
    @TempDir
    Path dir;
    private AppContext context;
    private SettingsStore settings;
    private ModelViewModel model;

    @BeforeEach
    void setUp() {
        context = TestContexts.direct(dir);
        settings = TestContexts.settings(context);
        model = new ModelViewModel(context, settings, TestContexts::cpuOnly);
    }

    private ModelSpec sessionModel() {
        return context.session().modelSpecProperty().get();
    }

    @Test
    void startsFromTheSessionsSpecs() {
        assertThat(model.presetProperty().get()).isEqualTo(Presets.QUATRAINS_GRU);
        assertThat(model.value("units").get()).isEqualTo("128");
        assertThat(model.value("l2").get()).isEqualTo("0.00001");
        assertThat(model.value("learningRate").get()).isEqualTo("0.003");
        assertThat(model.value("gloveFile").get()).isEmpty();
        assertThat(model.presetDescriptionProperty().get()).startsWith("The seed's model");
    }

    @Test
    void choosingAPresetReplacesEverySettingAndTheSessionsSpecs() {
        model.value("units").set("64");
        model.presetProperty().set(Presets.CHARS_LSTM);
        assertThat(model.value("kind").get()).isEqualTo("LSTM");
        assertThat(model.value("level").get()).isEqualTo("CHAR");
        assertThat(model.value("sequenceLength").get()).isEqualTo("40");
        assertThat(model.value("units").get()).isEqualTo("128");
        assertThat(model.value("learningRate").get()).isEqualTo("0.01");
        assertThat(model.value("batchSize").get()).isEqualTo("128");
        assertThat(sessionModel()).isEqualTo(Presets.get(Presets.CHARS_LSTM).model());
        assertThat(context.session().trainingSpecProperty().get()).isEqualTo(Presets.get(Presets.CHARS_LSTM).training());
    }

    @Test
    void aValidValueGoesToTheSessionAtOnce() {
        model.value("units").set("256");
        model.value("epochs").set("5");
        assertThat(sessionModel().units()).isEqualTo(256);
        assertThat(sessionModel().preset()).isEqualTo(Presets.QUATRAINS_GRU);
        assertThat(context.session().trainingSpecProperty().get().epochs()).isEqualTo(5);
        assertThat(model.errorProperty().get()).isNull();
    }

    @Test
    void anInvalidValueIsExplainedOnItsFieldAndTheLastValidSpecStays() {
        model.value("units").set("200");
        model.value("units").set("abc");
        assertThat(model.fieldError("units").get()).isEqualTo("Units per layer must be a whole number (got \"abc\")");
        assertThat(model.errorProperty().get()).contains("Units per layer");
        assertThat(sessionModel().units()).isEqualTo(200);

        model.value("units").set("300");
        assertThat(model.fieldError("units").get()).isNull();
        assertThat(sessionModel().units()).isEqualTo(300);
    }

    @Test
    void outOfRangeValuesNameTheRange() {
        model.value("layers").set("4");
        assertThat(model.fieldError("layers").get()).isEqualTo("Layers must be between 1 and 3 (got 4)");
        model.value("layers").set("1");
        model.value("validationFraction").set("0.7");
        assertThat(model.fieldError("validationFraction").get())
                .isEqualTo("Validation share must be between 0 and 0.5 (got 0.7)");
        assertThat(sessionModel().layers()).isEqualTo(1);
    }

    @Test
    void aRuleBetweenTwoSettingsMarksTheOneItNames() {
        model.value("windowStep").set("5");
        assertThat(model.fieldError("windowStep").get()).isEqualTo("Window step must be between 1 and 4 (got 5)");
        model.value("sequenceLength").set("6");
        assertThat(model.fieldError("windowStep").get()).isNull();
        assertThat(sessionModel().windowStep()).isEqualTo(5);
    }

    @Test
    void aGloveFileOnACharacterModelIsRefusedOnTheGloveField() {
        model.value("level").set("CHAR");
        model.value("embeddingSize").set("16");
        model.value("gloveFile").set("/tmp/glove.txt");
        assertThat(model.fieldError("gloveFile").get()).contains("cannot be used with a character-level model");
    }

    @Test
    void aMarkovChainDisablesTheNetworkSettings() {
        model.value("kind").set("MARKOV");
        assertThat(sessionModel().kind()).isEqualTo(ModelKind.MARKOV);
        assertThat(model.applicable("units").get()).isFalse();
        assertThat(model.applicable("learningRate").get()).isFalse();
        assertThat(model.applicable("markovOrder").get()).isTrue();
        assertThat(model.applicable("minCount").get()).isTrue();
        model.value("kind").set("GRU");
        model.value("level").set("CHAR");
        assertThat(model.applicable("gloveFile").get()).isFalse();
        assertThat(model.applicable("units").get()).isTrue();
    }

    @Test
    void resetPutsThePresetBack() {
        model.value("units").set("abc");
        model.value("epochs").set("3");
        model.resetToPreset();
        assertThat(model.value("units").get()).isEqualTo("128");
        assertThat(model.errorProperty().get()).isNull();
        assertThat(context.session().trainingSpecProperty().get()).isEqualTo(Presets.get(Presets.QUATRAINS_GRU).training());
    }

    @Test
    void specsSetElsewhereAreShown() {
        ModelSpec other = ModelSpec.builder().preset(Presets.QUATRAINS_GRU).kind(ModelKind.LSTM).level(TokenLevel.WORD)
                .layers(2).units(64).embeddingSize(50).dropout(0.1).sequenceLength(6).windowStep(2).markovOrder(2)
                .lowercase(false).minCount(2).maxVocabulary(5000).build();
        context.session().modelSpecProperty().set(other);
        assertThat(model.value("kind").get()).isEqualTo("LSTM");
        assertThat(model.value("layers").get()).isEqualTo("2");
        assertThat(model.value("lowercase").get()).isEqualTo("false");
    }

    @Test
    void estimatesTheModelOnTheSessionsCorpus() {
        Corpus corpus = TestCorpora.corpus(300, 5);
        context.session().corpusProperty().set(corpus);
        ModelSpec m = sessionModel();
        TrainingSpec t = context.session().trainingSpecProperty().get();
        TokenizedCorpus data = TokenizedCorpus.prepare(corpus, m, t.validationFraction(), t.seed(), null);
        int v = data.vocabulary().size();
        long params = ModelEstimator.parameters(m, v);
        EstimateViewModel e = model.estimate();
        assertThat(e.parametersProperty().get()).isEqualTo(String.format(Locale.ROOT, "%,d", params));
        assertThat(e.memoryProperty().get()).startsWith("≈ ").contains("MB");
        assertThat(e.timeProperty().get()).contains("per epoch").endsWith("(estimate)");
        long windows = ModelEstimator.windows(data.train(), m.sequenceLength(), m.windowStep(), m.everyStep());
        assertThat(e.noteProperty().get()).contains(String.format(Locale.ROOT, "vocabulary of %,d tokens", v))
                .contains(String.format(Locale.ROOT, "%,d training windows", windows))
                .contains(String.format(Locale.ROOT, "2 CPU threads at about %.0f GFLOP/s",
                        ModelEstimator.CPU_FLOPS_PER_THREAD / 1e9));

        model.value("units").set("256");
        assertThat(e.parametersProperty().get())
                .isEqualTo(String.format(Locale.ROOT, "%,d", ModelEstimator.parameters(sessionModel(), v)));
    }

    @Test
    void estimatesNeedACorpus() {
        assertThat(model.estimate().noteProperty().get()).startsWith("Open a corpus");
    }

    @Test
    void aMarkovChainHasNoParametersToEstimate() {
        context.session().corpusProperty().set(TestCorpora.corpus(50, 1));
        model.presetProperty().set(Presets.MARKOV);
        assertThat(model.estimate().parametersProperty().get()).startsWith("None");
        assertThat(model.estimate().timeProperty().get()).isEqualTo("One counting pass over the text");
    }

    @Test
    void theGpuCannotBeChosenOnTheCpuEditionAndTheChoiceIsRemembered() {
        DeviceViewModel device = model.device();
        assertThat(device.gpuUsable()).isFalse();
        assertThat(device.label(DeviceChoice.AUTO)).isEqualTo("Automatic (CPU · 2 threads · AVX2)");
        assertThat(device.noteProperty().get()).isEqualTo("Training runs on the CPU · 2 threads · AVX2.");
        device.choiceProperty().set(DeviceChoice.CPU);
        assertThat(settings.current().device()).isEqualTo(DeviceChoice.CPU);
        assertThat(TestContexts.settings(context).load().device()).isEqualTo(DeviceChoice.CPU);
    }
}
