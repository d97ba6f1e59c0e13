/**
 * The judge, seen from plain Java: how one is trained ({@link quatrain.core.judge.JudgeSettings}), what a model
 * file says about its judge ({@link quatrain.core.judge.JudgeInfo}), the text a judge reads
 * ({@link quatrain.core.judge.JudgeTexts}: a quatrain's tokens or a corpus document, written the same way), the
 * held-out figure ({@link quatrain.core.judge.Auc}) and the choice of the best of a batch
 * ({@link quatrain.core.judge.BestOf}). The classifier itself is a network, so it lives in
 * {@code quatrain.engine.judge}.
 */
package quatrain.core.judge;
