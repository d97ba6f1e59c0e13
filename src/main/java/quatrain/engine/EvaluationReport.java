package quatrain.engine;

/**
 * A model's figures on a held-out text.
 *
 * @param tokensEvaluated        targets predicted: every token of every document and each document's end
 * @param outOfVocabulary        targets not in the model's vocabulary (scored as {@code <unk>})
 * @param crossEntropy           nats per target over all targets
 * @param perplexity             exp(crossEntropy)
 * @param inVocabularyTargets    targets in the vocabulary
 * @param inVocabularyCrossEntropy nats per target over in-vocabulary targets
 * @param inVocabularyAccuracy   top-1 accuracy over in-vocabulary targets
 * @param vocabularyPolicy       how unknown tokens were treated, in words
 */
public record EvaluationReport(long tokensEvaluated, long outOfVocabulary, double crossEntropy, double perplexity,
        long inVocabularyTargets, double inVocabularyCrossEntropy, double inVocabularyAccuracy,
        String vocabularyPolicy) {
}
