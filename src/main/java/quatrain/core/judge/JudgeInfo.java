package quatrain.core.judge;

/**
 * What a model file says about its judge: how well it tells the corpus from the model's quatrains on texts it
 * never trained on, how it was trained, and on what.
 *
 * @param heldOutAuc       the chance that a held-out corpus document scores above a held-out generated quatrain
 *                         (1 = always told apart, 0.5 = no better than a coin)
 * @param temperature      the temperature its generated quatrains were written at
 * @param trainingTexts    texts it trained on, both kinds together
 * @param heldOutTexts     texts it was measured on, both kinds together
 * @param epochs           passes over the training texts
 * @param maxCharacters    characters of each text it reads
 * @param units            LSTM units
 * @param seed             the seed of its training
 * @param corpus           where its corpus documents came from ("the model file" or a file name with its SHA-256)
 * @param modelFingerprint SHA-256 of the weights it judged: a judge is used only while they are unchanged
 * @param createdAt        ISO-8601 instant
 * @param createdBy        the app and library versions that trained it
 * @param seconds          time spent writing quatrains and training
 */
public record JudgeInfo(double heldOutAuc, double temperature, int trainingTexts, int heldOutTexts, int epochs,
        int maxCharacters, int units, long seed, String corpus, String modelFingerprint, String createdAt,
        String createdBy, double seconds) {
}
