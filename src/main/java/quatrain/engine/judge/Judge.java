package quatrain.engine.judge;

import java.util.List;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

import quatrain.core.judge.JudgeInfo;
import quatrain.engine.bundle.JudgeEntry;

/**
 * A trained judge: scores texts (written by {@code JudgeTexts}) with the probability that they are corpus
 * documents. Scoring is serialised: one network serves one caller at a time.
 */
public final class Judge {
    private final JudgeInfo info;
    private final Alphabet alphabet;
    private final MultiLayerNetwork network;

    Judge(JudgeInfo info, Alphabet alphabet, MultiLayerNetwork network) {
        this.info = info;
        this.alphabet = alphabet;
        this.network = network;
    }

    /** The judge a model file holds. */
    public static Judge of(JudgeEntry entry) {
        return new Judge(entry.info(), new Alphabet(entry.alphabet()), entry.network());
    }

    /** The judge as a model file keeps it. */
    public JudgeEntry entry() {
        return new JudgeEntry(info, alphabet.characters(), network);
    }

    public JudgeInfo info() {
        return info;
    }

    /** The probability of "corpus" for each text, in order: higher reads more like the corpus. */
    public synchronized double[] score(List<String> texts) {
        return JudgeNetwork.score(network, alphabet, texts, info.maxCharacters());
    }
}
