package quatrain.engine.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;

import quatrain.core.judge.JudgeProgress;
import quatrain.core.judge.JudgeSettings;

class JudgeTrainerTest {
    private static final String[] ADJECTIVES = {"great", "old", "bloody", "pale", "proud", "holy", "dark", "young"};
    private static final String[] NOUNS = {"king", "city", "fleet", "river", "prince", "tower", "church", "army"};
    private static final String[] VERBS = {"shall fall", "will burn", "shall rise", "will be taken", "shall flee"};
    private static final String[] PLACES = {"rome", "london", "the sea", "the north", "the mountains", "paris"};

    /** Lines of a little prophecy grammar: word order carries everything a reader of the corpus knows. */
    static List<String> prophecies(int n, long seed) {
        Random r = new Random(seed);
        List<String> docs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder doc = new StringBuilder();
            for (int line = 0; line < 2; line++) {
                doc.append("the ").append(pick(r, ADJECTIVES)).append(' ').append(pick(r, NOUNS)).append(' ')
                        .append(pick(r, VERBS)).append(" near ").append(pick(r, PLACES)).append(line == 0 ? ",\n" : ".");
            }
            docs.add(doc.toString());
        }
        return docs;
    }

    private static String pick(Random r, String[] words) {
        return words[r.nextInt(words.length)];
    }

    /** The same words in a random order. */
    static List<String> shuffledWords(List<String> docs, long seed) {
        Random r = new Random(seed);
        List<String> out = new ArrayList<>();
        for (String d : docs) {
            List<String> words = new ArrayList<>(List.of(d.split("\\s+")));
            Collections.shuffle(words, r);
            out.add(String.join(" ", words));
        }
        return out;
    }

    private static JudgeTrainer.Data data(List<String> corpus, List<String> generated) {
        return new JudgeTrainer.Data(corpus, generated, "test", "fingerprint", "test");
    }

    @Test
    void tellsTheCorpusFromShuffledWords() {
        List<String> corpus = prophecies(300, 1);
        List<String> shuffled = shuffledWords(prophecies(300, 2), 3);
        Judge judge = JudgeTrainer.train(data(corpus, shuffled), JudgeSettings.at(1.0, 7).withSamples(300), 0,
                JudgeProgress.Listener.NONE, () -> false);

        assertThat(judge.info().heldOutAuc()).isGreaterThan(0.9);
        assertThat(judge.info().heldOutTexts()).isEqualTo(150);
        assertThat(judge.info().trainingTexts()).isEqualTo(450);
        double[] scores = judge.score(List.of(prophecies(1, 99).get(0), shuffledWords(prophecies(1, 99), 5).get(0)));
        assertThat(scores[0]).isGreaterThan(scores[1]);
    }

    @Test
    void cannotTellTheCorpusFromItself() {
        List<String> corpus = prophecies(600, 11);
        Judge judge = JudgeTrainer.train(data(corpus.subList(0, 300), corpus.subList(300, 600)),
                JudgeSettings.at(1.0, 7).withSamples(300), 0, JudgeProgress.Listener.NONE, () -> false);

        assertThat(judge.info().heldOutAuc()).isBetween(0.35, 0.65);
    }

    @Test
    void reportsEveryEpochAndStopsWhenCancelled() {
        List<String> corpus = prophecies(60, 1);
        List<JudgeProgress> seen = new ArrayList<>();
        JudgeTrainer.train(data(corpus, shuffledWords(corpus, 2)), JudgeSettings.at(1.0, 7).withSamples(60).withEpochs(3),
                0, seen::add, () -> false);
        assertThat(seen).extracting(JudgeProgress::done).containsExactly(1, 2, 3);

        assertThatThrownBy(() -> JudgeTrainer.train(data(corpus, shuffledWords(corpus, 2)),
                JudgeSettings.at(1.0, 7).withSamples(60), 0, JudgeProgress.Listener.NONE, () -> true))
                .isInstanceOf(CancellationException.class);
    }

    /** A GPU's judge is built from DL4J's layers: the same shapes in and out, and it learns too. */
    @Test
    void theGpusLayersMakeTheSameClassifier() {
        List<String> texts = prophecies(16, 1);
        Alphabet alphabet = Alphabet.of(texts);
        int[] order = java.util.stream.IntStream.range(0, 16).toArray();
        int[] classes = java.util.stream.IntStream.range(0, 16).map(i -> i % 2).toArray();
        for (boolean fused : new boolean[] {true, false}) {
            var net = JudgeNetwork.build(alphabet.size(), 40, 5, fused);
            var x = JudgeNetwork.features(alphabet, texts, order, 0, 16, 40);
            var y = JudgeNetwork.labels(classes, order, 0, 16);
            net.setInput(x);
            net.setLabels(y);
            net.computeGradientAndScore();
            double before = net.score();
            for (int i = 0; i < 30; i++) {
                net.fit(x, y);
            }
            assertThat(net.output(x, false).shape()).as("fused %s", fused).containsExactly(16, 2);
            assertThat(net.score()).as("fused %s", fused).isLessThan(before);
        }
    }

    @Test
    void sameSeedSameJudge() {
        List<String> corpus = prophecies(80, 1);
        List<String> other = shuffledWords(corpus, 2);
        JudgeSettings settings = JudgeSettings.at(1.0, 3).withSamples(80).withEpochs(2);
        Judge a = JudgeTrainer.train(data(corpus, other), settings, 0, JudgeProgress.Listener.NONE, () -> false);
        Judge b = JudgeTrainer.train(data(corpus, other), settings, 0, JudgeProgress.Listener.NONE, () -> false);

        assertThat(a.score(corpus.subList(0, 5))).containsExactly(b.score(corpus.subList(0, 5)));
        assertThat(a.info().heldOutAuc()).isEqualTo(b.info().heldOutAuc());
    }
}
