package quatrain.core.markov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import quatrain.core.generate.Sampler;
import quatrain.core.generate.TokenStepper;
import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.Overrides;
import quatrain.core.spec.Presets;
import quatrain.core.spec.TokenLevel;
import quatrain.core.text.Tokenizer;
import quatrain.core.text.Vocabulary;
import quatrain.core.text.WordTokenizer;

class MarkovModelTest {
    private static final float NEVER = Float.NEGATIVE_INFINITY;
    private static final List<String> TINY = List.of("the king is dead", "the king lives", "long live the king");

    static ModelSpec spec(TokenLevel level, int order, int minCount) {
        return Overrides.apply(Presets.get(Presets.MARKOV).model(), Map.of("level", level.name(),
                "markovOrder", Integer.toString(order), "minCount", Integer.toString(minCount)));
    }

    /** A corpus ready for training: its vocabulary and encoded documents. */
    record Encoded(Vocabulary vocabulary, List<int[]> documents, ModelSpec spec) {
        static Encoded of(List<String> texts, ModelSpec spec) {
            List<List<String>> tokens = texts.stream().map(Tokenizer.of(spec.level(), spec.lowercase())::tokenize).toList();
            Vocabulary vocabulary = Vocabulary.build(tokens, spec.minCount(), spec.maxVocabulary());
            return new Encoded(vocabulary, tokens.stream().map(vocabulary::encodeDocument).toList(), spec);
        }

        MarkovModel train() {
            return MarkovModel.train(documents, vocabulary, spec);
        }

        float[] logitsAfter(MarkovModel model, String... tokens) {
            TokenStepper stepper = model.newStepper();
            float[] logits = null;
            for (int i = 0; i < spec.contextLength(); i++) {
                logits = stepper.step(Vocabulary.START_ID);
            }
            for (String token : tokens) {
                logits = stepper.step(vocabulary.id(token));
            }
            return logits.clone();
        }

        int id(String token) {
            return vocabulary.id(token);
        }
    }

    private static final Encoded WORDS = Encoded.of(TINY, spec(TokenLevel.WORD, 2, 1));
    private static final MarkovModel CHAIN = WORDS.train();

    @Test
    void startsFromTheFirstWordsOfTheDocuments() {
        float[] logits = WORDS.logitsAfter(CHAIN);
        assertThat(logits[WORDS.id("the")]).isCloseTo((float) Math.log(2 / 3.0), within(1e-6f));
        assertThat(logits[WORDS.id("long")]).isCloseTo((float) Math.log(1 / 3.0), within(1e-6f));
        assertThat(finiteIds(logits)).containsExactlyInAnyOrder(WORDS.id("the"), WORDS.id("long"));
    }

    @Test
    void givesFiniteLogitsOnlyToSeenFollowers() {
        float[] logits = WORDS.logitsAfter(CHAIN, "the", "king");
        assertThat(finiteIds(logits)).containsExactlyInAnyOrder(WORDS.id("is"), WORDS.id("lives"), Vocabulary.END_ID);
        assertThat(logits[WORDS.id("is")]).isCloseTo((float) Math.log(1 / 3.0), within(1e-6f));
    }

    @Test
    void orderTwoChainGeneratesOnlySeenTransitions() {
        Encoded corpus = Encoded.of(List.of("the king of the east shall fall", "the moon of the west shall rise",
                "a king shall rise in the east", "the west shall fall to the moon"), spec(TokenLevel.WORD, 2, 1));
        MarkovModel model = corpus.train();
        Set<List<Integer>> seen = new HashSet<>();
        for (int[] doc : corpus.documents()) {
            int[] padded = new int[doc.length + 1];
            padded[0] = Vocabulary.START_ID;
            System.arraycopy(doc, 0, padded, 1, doc.length);
            for (int i = 2; i < padded.length; i++) {
                seen.add(List.of(padded[i - 2], padded[i - 1], padded[i]));
            }
        }
        Sampler sampler = new Sampler();
        SplittableRandom rng = new SplittableRandom(1);
        for (int run = 0; run < 200; run++) {
            TokenStepper stepper = model.newStepper();
            stepper.step(Vocabulary.START_ID);
            float[] logits = stepper.step(Vocabulary.START_ID);
            int before = Vocabulary.START_ID;
            int last = Vocabulary.START_ID;
            for (int t = 0; t < 30; t++) {
                int next = sampler.sample(logits, 1.0, 0, 1.0, rng);
                assertThat(seen).contains(List.of(before, last, next));
                if (next == Vocabulary.END_ID) {
                    break;
                }
                before = last;
                last = next;
                logits = stepper.step(next);
            }
        }
    }

    @Test
    void backsOffToTheShorterContextWhenTheLongOneIsUnseen() {
        // "king the" never occurs; "the" alone is always followed by "king"
        float[] logits = WORDS.logitsAfter(CHAIN, "king", "the");
        assertThat(finiteIds(logits)).containsExactly(WORDS.id("king"));
        assertThat(logits[WORDS.id("king")]).isZero();
    }

    @Test
    void backsOffToTheUnigramWhenNoContextWasSeen() {
        float[] logits = WORDS.logitsAfter(CHAIN, "king", "</s>");
        // 14 predicted tokens: the 3, king 3, </s> 3, and one each of is, dead, lives, long, live
        assertThat(logits[WORDS.id("king")]).isCloseTo((float) Math.log(3 / 14.0), within(1e-6f));
        assertThat(logits[WORDS.id("dead")]).isCloseTo((float) Math.log(1 / 14.0), within(1e-6f));
        assertThat(logits[Vocabulary.END_ID]).isCloseTo((float) Math.log(3 / 14.0), within(1e-6f));
        assertThat(logits[Vocabulary.START_ID]).isEqualTo(NEVER);
    }

    @Test
    void backsOffFromAContextOnlyEverFollowedByUnknown() {
        Encoded corpus = Encoded.of(List.of("a rare one", "a odd two", "b c", "b c"), spec(TokenLevel.WORD, 2, 2));
        MarkovModel model = corpus.train();
        float[] afterA = corpus.logitsAfter(model, "a");
        float[] unigram = corpus.logitsAfter(model, "</s>");
        assertThat(afterA).containsExactly(unigram);
        assertThat(finiteIds(afterA)).contains(corpus.id("b"));
    }

    @Test
    void neverReturnsOnlyNegativeInfinity() {
        TokenStepper stepper = CHAIN.newStepper();
        for (int id = 0; id < WORDS.vocabulary().size(); id++) {
            assertThat(finiteIds(stepper.step(id))).isNotEmpty();
        }
    }

    @Test
    void roundTripsThroughItsBinaryFormWithIdenticalLogits() throws IOException {
        Encoded corpus = Encoded.of(syntheticText(new Random(3), 20_000, 20), spec(TokenLevel.CHAR, 4, 1));
        MarkovModel model = corpus.train();
        MarkovModel copy = MarkovModel.read(new ByteArrayInputStream(bytes(model)), corpus.vocabulary(), corpus.spec());

        assertThat(copy.contextCounts()).containsExactly(model.contextCounts());
        assertThat(copy.crossEntropy(corpus.documents())).isEqualTo(model.crossEntropy(corpus.documents()));
        TokenStepper a = model.newStepper();
        TokenStepper b = copy.newStepper();
        for (int id : corpus.documents().get(0)) {
            assertThat(b.step(id)).containsExactly(a.step(id));
        }
    }

    @Test
    void rejectsATruncatedStream() throws IOException {
        byte[] data = bytes(CHAIN);
        for (int length : new int[] {0, 3, 10, data.length / 2, data.length - 1}) {
            assertThatThrownBy(() -> read(Arrays.copyOf(data, length), WORDS))
                    .isInstanceOf(IOException.class).hasMessageContaining("truncated");
        }
    }

    @Test
    void rejectsAStreamThatIsNotAMarkovModel() {
        assertThatThrownBy(() -> read("hello, world, this is text".getBytes(), WORDS))
                .isInstanceOf(IOException.class).hasMessageContaining("not a Markov model");
    }

    @Test
    void rejectsAnUnknownFormatVersion() throws IOException {
        byte[] data = bytes(CHAIN);
        data[7] = 9;
        assertThatThrownBy(() -> read(data, WORDS)).isInstanceOf(IOException.class).hasMessageContaining("version 9");
    }

    @Test
    void rejectsCorruptCounts() throws IOException {
        byte[] data = bytes(CHAIN);
        // the last int before the end marker is the last follower count of the longest contexts
        Arrays.fill(data, data.length - 8, data.length - 4, (byte) 0);
        assertThatThrownBy(() -> read(data, WORDS)).isInstanceOf(IOException.class).hasMessageContaining("corrupt");
    }

    @Test
    void rejectsAModelOfAnotherOrder() throws IOException {
        ModelSpec order3 = spec(TokenLevel.WORD, 3, 1);
        assertThatThrownBy(() -> MarkovModel.read(new ByteArrayInputStream(bytes(CHAIN)), WORDS.vocabulary(), order3))
                .isInstanceOf(IOException.class).hasMessageContaining("order 2").hasMessageContaining("order 3");
    }

    @Test
    void crossEntropyIsFiniteAndLowerOnTrainingTextThanOnShuffledText() {
        Random random = new Random(5);
        Encoded corpus = Encoded.of(syntheticText(random, 30_000, 12), spec(TokenLevel.WORD, 2, 1));
        MarkovModel model = corpus.train();
        List<int[]> shuffled = new ArrayList<>();
        for (int[] doc : corpus.documents()) {
            List<Integer> inner = new ArrayList<>();
            for (int i = 1; i < doc.length - 1; i++) {
                inner.add(doc[i]);
            }
            Collections.shuffle(inner, random);
            int[] s = doc.clone();
            for (int i = 0; i < inner.size(); i++) {
                s[i + 1] = inner.get(i);
            }
            shuffled.add(s);
        }
        double training = model.crossEntropy(corpus.documents());
        double mixed = model.crossEntropy(shuffled);
        assertThat(training).isFinite().isPositive();
        assertThat(mixed).isFinite().isGreaterThan(training + 0.5);
    }

    @Test
    void crossEntropyMatchesAHandComputedWittenBellValue() {
        // Training counts (order 2): unigram N=14 over T=8 kinds (the 3, king 3, </s> 3, is, dead, lives, long, live);
        // after <s>: the 2, long 1; after the: king 3; after king: is, lives, </s>; after is: dead.
        // After <s> <s>: the 2, long 1; after <s> the: king 2; after the king: is, lives, </s>; after king is: dead.
        double v = WORDS.vocabulary().size();
        double the = wittenBell(wittenBell(wittenBell(1 / v, 3, 14, 8), 2, 3, 2), 2, 3, 2);
        double king = wittenBell(wittenBell(wittenBell(1 / v, 3, 14, 8), 3, 3, 1), 2, 2, 1);
        double is = wittenBell(wittenBell(wittenBell(1 / v, 1, 14, 8), 1, 3, 3), 1, 3, 3);
        double end = wittenBell(wittenBell(wittenBell(1 / v, 3, 14, 8), 0, 1, 1), 0, 1, 1); // </s> never after "is"
        int[] doc = WORDS.vocabulary().encodeDocument(List.of("the", "king", "is"));
        double expected = -(Math.log(the) + Math.log(king) + Math.log(is) + Math.log(end)) / 4;
        assertThat(CHAIN.crossEntropy(List.of(doc))).isCloseTo(expected, within(1e-12));
    }

    /** One order of interpolated Witten–Bell: (count + kinds · shorter) / (seen + kinds). */
    private static double wittenBell(double shorter, int count, int seen, int kinds) {
        return (count + kinds * shorter) / (seen + kinds);
    }

    @Test
    void anUnseenContextPassesTheShorterContextsEstimateOn() {
        // "dead king": the context "dead" was followed by </s> only, and ("is", "dead") never by "king"
        int[] seen = WORDS.vocabulary().encodeDocument(List.of("the", "king", "lives"));
        int[] unseen = WORDS.vocabulary().encodeDocument(List.of("lives", "long", "dead", "king"));
        assertThat(CHAIN.crossEntropy(List.of(unseen))).isFinite().isGreaterThan(CHAIN.crossEntropy(List.of(seen)));
    }

    @Test
    void scoresSayWhetherEachTokenIsTheGeneratorsLikeliest() {
        int[] doc = WORDS.vocabulary().encodeDocument(List.of("the", "king", "is"));
        List<Boolean> likeliest = new ArrayList<>();
        CHAIN.score(List.of(doc), (target, logProbability, top) -> likeliest.add(top));
        // the: 2 of 3 after <s> <s>; king: 2 of 2; is: a tie with lives and </s>, which the lowest id (</s>) wins;
        // </s>: never after "king is"
        assertThat(likeliest).containsExactly(true, true, false, false);
    }

    @Test
    void crossEntropyIsNaNWithNothingToPredict() {
        assertThat(CHAIN.crossEntropy(List.of())).isNaN();
    }

    @Test
    void trainsOnAMegabyteOfCharactersAtOrderFive() {
        Encoded corpus = Encoded.of(syntheticText(new Random(11), 1_000_000, 30), spec(TokenLevel.CHAR, 5, 1));
        long start = System.nanoTime();
        MarkovModel model = corpus.train();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Markov order 5, 1 MB of characters: trained in %.2f s, contexts per order %s%n",
                seconds, Arrays.toString(model.contextCounts()));
        assertThat(model.contextCounts()[5]).isGreaterThan(1000);
    }

    @Test
    void rejectsASpecThatIsNotMarkov() {
        ModelSpec gru = Presets.get(Presets.QUATRAINS_GRU).model();
        assertThatThrownBy(() -> MarkovModel.train(WORDS.documents(), WORDS.vocabulary(), gru))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MARKOV");
    }

    @Test
    void rejectsDocumentsWithoutTheStartMarker() {
        List<int[]> raw = List.of(WORDS.vocabulary().encode(new WordTokenizer(true).tokenize("the king")));
        assertThatThrownBy(() -> MarkovModel.train(raw, WORDS.vocabulary(), WORDS.spec()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("encodeDocument");
    }

    /**
     * Documents of about {@code chars} characters in total: lines of words drawn from a seeded lexicon of
     * pseudo-words, each word preferring a few successors, so the text has structure to learn.
     */
    static List<String> syntheticText(Random random, int chars, int wordsPerDocument) {
        String[] lexicon = new String[2_000];
        for (int w = 0; w < lexicon.length; w++) {
            StringBuilder word = new StringBuilder();
            for (int c = 2 + random.nextInt(7); c > 0; c--) {
                word.append((char) ('a' + random.nextInt(26)));
            }
            lexicon[w] = word.toString();
        }
        List<String> documents = new ArrayList<>();
        int total = 0;
        while (total < chars) {
            StringBuilder doc = new StringBuilder();
            int word = random.nextInt(lexicon.length);
            for (int w = 0; w < wordsPerDocument; w++) {
                doc.append(w == 0 ? "" : w % 6 == 0 ? ",\n" : " ").append(lexicon[word]);
                word = random.nextInt(10) < 8 ? (word * 7 + 1 + random.nextInt(3)) % lexicon.length
                        : random.nextInt(lexicon.length);
            }
            documents.add(doc.append('.').toString());
            total += doc.length() + 1;
        }
        return documents;
    }

    private static List<Integer> finiteIds(float[] logits) {
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < logits.length; i++) {
            if (logits[i] > NEVER) {
                ids.add(i);
            }
        }
        return ids;
    }

    private static byte[] bytes(MarkovModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        return out.toByteArray();
    }

    private static MarkovModel read(byte[] data, Encoded corpus) throws IOException {
        return MarkovModel.read(new ByteArrayInputStream(data), corpus.vocabulary(), corpus.spec());
    }
}
