package quatrain.core.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import quatrain.core.markov.MarkovModel;
import quatrain.core.spec.ModelKind;
import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.Overrides;
import quatrain.core.spec.Presets;
import quatrain.core.spec.SamplingSpec;
import quatrain.core.spec.TokenLevel;
import quatrain.core.text.Tokenizer;
import quatrain.core.text.Vocabulary;

class TextGeneratorTest {
    private static final Vocabulary VOCABULARY = new Vocabulary(
            List.of("<unk>", "<s>", "</s>", "<nl>", "the", "king", "falls", "moon", "rises"), new long[9]);
    private static final ModelSpec NETWORK = ModelSpec.builder().preset("custom").kind(ModelKind.GRU)
            .level(TokenLevel.WORD).layers(1).units(8).embeddingSize(8).sequenceLength(3).windowStep(1).markovOrder(2)
            .lowercase(true).minCount(1).maxVocabulary(100).build();
    private static final SamplingSpec SPEC = SamplingSpec.defaults().withMaxTokens(12);

    /** A model for tests: the logits come from a function of the tokens fed so far; it records them. */
    private static final class FakeModel implements LanguageModel {
        interface Rule {
            void fill(List<Integer> fed, float[] logits);
        }

        final List<Integer> fed = new ArrayList<>();
        private final Rule rule;

        FakeModel(Rule rule) {
            this.rule = rule;
        }

        /** Every word equally likely; never {@code </s>} or a line break. */
        static FakeModel uniformWords() {
            return new FakeModel((fed, logits) -> {
                Arrays.fill(logits, Float.NEGATIVE_INFINITY);
                Arrays.fill(logits, 4, logits.length, 0f);
            });
        }

        /** After the padding, the n-th token fed is followed for sure by {@code script[n]} (or its last). */
        static FakeModel scripted(String... script) {
            return new FakeModel((fed, logits) -> {
                int n = Math.min(fed.size() - NETWORK.contextLength(), script.length - 1);
                Arrays.fill(logits, Float.NEGATIVE_INFINITY);
                logits[VOCABULARY.id(script[Math.max(n, 0)])] = 0f;
            });
        }

        @Override
        public Vocabulary vocabulary() {
            return VOCABULARY;
        }

        @Override
        public ModelSpec spec() {
            return NETWORK;
        }

        @Override
        public TokenStepper newStepper() {
            float[] logits = new float[VOCABULARY.size()];
            List<Integer> mine = new ArrayList<>();
            return id -> {
                fed.add(id);
                mine.add(id);
                rule.fill(mine, logits);
                return logits;
            };
        }
    }

    private static List<String> tokens(String spaced) {
        return Arrays.asList(spaced.split(" "));
    }

    @Test
    void sameSeedGivesTheSameText() {
        TextGenerator generator = new TextGenerator(FakeModel.uniformWords(), null);
        List<Quatrain> first = generator.generate(SPEC.withCount(3));
        List<Quatrain> again = generator.generate(SPEC.withCount(3));
        assertThat(again).extracting(Quatrain::text).isEqualTo(first.stream().map(Quatrain::text).toList());
    }

    @Test
    void differentSeedsGiveDifferentText() {
        TextGenerator generator = new TextGenerator(FakeModel.uniformWords(), null);
        assertThat(generator.generateOne(SPEC.withSeed(1), 0).text())
                .isNotEqualTo(generator.generateOne(SPEC.withSeed(2), 0).text());
    }

    @Test
    void quatrainsOfABatchDifferAndEachCanBeRegeneratedAlone() {
        TextGenerator generator = new TextGenerator(FakeModel.uniformWords(), null);
        List<Quatrain> batch = generator.generate(SPEC.withCount(3));
        assertThat(batch).extracting(Quatrain::index).containsExactly(0, 1, 2);
        assertThat(batch).extracting(Quatrain::text).doesNotHaveDuplicates();
        assertThat(generator.generateOne(SPEC.withCount(3), 2).text()).isEqualTo(batch.get(2).text());
    }

    @Test
    void feedsThePaddingThenThePrompt() {
        FakeModel model = FakeModel.scripted("moon", "</s>");
        new TextGenerator(model, null).generateOne(SPEC.withPrompt("The king"), 0);
        assertThat(model.fed).startsWith(1, 1, 1, VOCABULARY.id("the"), VOCABULARY.id("king"));
    }

    @Test
    void includesThePromptInTheOutput() {
        Quatrain q = new TextGenerator(FakeModel.scripted("moon", "moon", "rises", "</s>"), null)
                .generateOne(SPEC.withPrompt("the king"), 0);
        assertThat(q.tokens()).containsExactly("the", "king", "rises");
        assertThat(q.text()).isEqualTo("The\nKing\nRises.");
    }

    @Test
    void rejectsPromptWordsOutsideTheVocabularyNamingThem() {
        TextGenerator generator = new TextGenerator(FakeModel.uniformWords(), null);
        assertThatThrownBy(() -> generator.generate(SPEC.withPrompt("the zebra and the quux")))
                .isInstanceOf(GenerationException.class)
                .hasMessageContaining("not in the model's vocabulary: zebra, and, quux");
    }

    @Test
    void stopsAtTheEndToken() {
        Quatrain q = new TextGenerator(FakeModel.scripted("the", "king", "</s>", "moon"), null).generateOne(SPEC, 0);
        assertThat(q.tokens()).containsExactly("the", "king");
    }

    @Test
    void stopsAfterTheFourthLineBreakAndDropsIt() {
        FakeModel model = FakeModel.scripted(
                "the", "<nl>", "king", "<nl>", "falls", "<nl>", "moon", "<nl>", "rises", "</s>");
        Quatrain q = new TextGenerator(model, null).generateOne(SPEC, 0);
        assertThat(q.tokens()).isEqualTo(tokens("the <nl> king <nl> falls <nl> moon"));
        assertThat(q.lines()).containsExactly("The", "King", "Falls", "Moon.");
    }

    @Test
    void countsLineBreaksOfThePrompt() {
        FakeModel model = FakeModel.scripted(
                "moon", "moon", "moon", "moon", "<nl>", "falls", "<nl>", "rises", "<nl>", "the");
        Quatrain q = new TextGenerator(model, null).generateOne(SPEC.withPrompt("the king\nmoon"), 0);
        assertThat(q.tokens()).isEqualTo(tokens("the king <nl> moon <nl> falls <nl> rises"));
    }

    @Test
    void respectsMaxTokens() {
        Quatrain q = new TextGenerator(FakeModel.uniformWords(), null).generateOne(SPEC.withMaxTokens(7), 0);
        assertThat(q.tokens()).hasSize(7);
        Quatrain prompted = new TextGenerator(FakeModel.uniformWords(), null)
                .generateOne(SPEC.withMaxTokens(5).withPrompt("the king"), 0);
        assertThat(prompted.tokens()).hasSize(2 + 5);
    }

    @Test
    void neverDrawsUnknownOrStart() {
        FakeModel model = new FakeModel((fed, logits) -> {
            Arrays.fill(logits, 0f);
            logits[Vocabulary.UNKNOWN_ID] = 50f;
            logits[Vocabulary.START_ID] = 50f;
            logits[Vocabulary.END_ID] = -50f;
            logits[VOCABULARY.id("<nl>")] = -50f;
        });
        TextGenerator generator = new TextGenerator(model, null);
        for (double t : new double[] {0, 1, 3}) {
            assertThat(generator.generateOne(SPEC.withTemperature(t), 0).tokens())
                    .hasSize(SPEC.maxTokens()).doesNotContain("<unk>", "<s>");
        }
    }

    @Test
    void failsWithAGenerationExceptionWhenNoTokenCanBeDrawn() {
        FakeModel model = new FakeModel((fed, logits) -> {
            Arrays.fill(logits, Float.NEGATIVE_INFINITY);
            logits[Vocabulary.UNKNOWN_ID] = 0f;
        });
        assertThatThrownBy(() -> new TextGenerator(model, null).generateOne(SPEC, 0))
                .isInstanceOf(GenerationException.class).hasMessageContaining("no token");
    }

    @Test
    void sweepGivesOneQuatrainPerTemperatureFromTheSameSeed() {
        TextGenerator generator = new TextGenerator(FakeModel.uniformWords(), null);
        List<Quatrain> sweep = generator.sweep(SPEC);
        assertThat(sweep).extracting(Quatrain::temperature).containsExactly(0.2, 0.5, 1.0, 1.2);
        assertThat(sweep).extracting(Quatrain::seed).containsOnly(SPEC.seed());
        assertThat(sweep).extracting(Quatrain::index).containsOnly(0);
        assertThat(sweep.get(2).text()).isEqualTo(generator.generateOne(SPEC.withTemperature(1.0), 0).text());
        assertThat(generator.sweepOne(SPEC, 3).text()).isEqualTo(sweep.get(3).text());
    }

    @Test
    void recordsSettingsAndChecksNoveltyWhenGivenACorpus() {
        NoveltyChecker checker = NoveltyChecker.of(List.of("the king falls\nthe moon rises"));
        FakeModel model = FakeModel.scripted("the", "king", "falls", "<nl>", "the", "moon", "</s>");
        Quatrain q = new TextGenerator(model, checker).generateOne(SPEC.withSeed(9).withTemperature(0.5), 4);
        assertThat(q.index()).isEqualTo(4);
        assertThat(q.seed()).isEqualTo(9);
        assertThat(q.temperature()).isEqualTo(0.5);
        assertThat(q.millis()).isNotNegative();
        assertThat(q.novelty().longestCopiedRun()).isEqualTo(5);
        assertThat(new TextGenerator(model, null).generateOne(SPEC, 0).novelty()).isNull();
    }

    private static MarkovModel markov(TokenLevel level, int order, List<String> texts) {
        ModelSpec spec = Overrides.apply(Presets.get(Presets.MARKOV).model(),
                Map.of("level", level.name(), "markovOrder", Integer.toString(order)));
        Tokenizer tokenizer = Tokenizer.of(level, true);
        List<List<String>> docs = texts.stream().map(tokenizer::tokenize).toList();
        Vocabulary vocabulary = Vocabulary.build(docs, 1, 1000);
        return MarkovModel.train(docs.stream().map(vocabulary::encodeDocument).toList(), vocabulary, spec);
    }

    private static final List<String> PROPHECIES = List.of(
            "The king of the east shall fall,\nthe moon shall weep in blood;\nnancy walks by the silver sea,\nwhere the old ships burn.",
            "When the great star falls in the west,\nthe river shall turn to fire;\nthe king shall weep by the sea,\nand the city burn.",
            "From the east a fire shall rise,\nthe old king falls in the night;\nthe moon shall turn to blood,\nthe ships of the west burn.");

    @Test
    void markovChainGivesTheSameTextForTheSameSeedAndDifferentForAnother() {
        TextGenerator generator = new TextGenerator(markov(TokenLevel.WORD, 1, PROPHECIES), NoveltyChecker.of(PROPHECIES));
        SamplingSpec spec = SamplingSpec.defaults().withMaxTokens(60).withPrompt("the king");
        Quatrain q = generator.generateOne(spec, 0);
        assertThat(generator.generateOne(spec, 0).text()).isEqualTo(q.text());
        assertThat(generator.generateOne(spec.withSeed(43), 0).text()).isNotEqualTo(q.text());
        assertThat(q.tokens()).startsWith("the", "king");
        assertThat(q.lines()).hasSizeLessThanOrEqualTo(4);
        assertThat(q.novelty()).isNotNull();
    }

    @Test
    void markovChainGivesTheGoldenTextForSeed42() {
        // Regenerate on purpose only: this pins the seed → text contract of sampling and formatting.
        TextGenerator generator = new TextGenerator(markov(TokenLevel.WORD, 2, PROPHECIES), null);
        Quatrain q = generator.generateOne(SamplingSpec.defaults().withMaxTokens(60), 0);
        assertThat(q.text()).isEqualTo(GOLDEN_WORD_ORDER_2_SEED_42);
    }

    private static final String GOLDEN_WORD_ORDER_2_SEED_42 = """
            When the great star falls in the night;
            Nancy walks by the sea,
            The moon shall weep in blood;
            The moon shall turn to fire.""";

    @Test
    void characterChainStopsAtTheFourthLineBreak() {
        TextGenerator generator = new TextGenerator(markov(TokenLevel.CHAR, 4, PROPHECIES), null);
        for (int i = 0; i < 10; i++) {
            Quatrain q = generator.generateOne(SamplingSpec.defaults().withMaxTokens(1000), i);
            long breaks = q.tokens().stream().filter("\n"::equals).count();
            assertThat(breaks).isLessThanOrEqualTo(3);
            assertThat(q.tokens()).doesNotContain("</s>");
            assertThat(q.lines()).hasSizeLessThanOrEqualTo(4);
        }
    }
}
