/**
 * Generation seen from plain Java: a model is a {@link quatrain.core.generate.LanguageModel} handing out
 * {@link quatrain.core.generate.TokenStepper}s, the {@link quatrain.core.generate.Sampler} draws each next
 * token from its logits (temperature, top-k, top-p; seeded), the
 * {@link quatrain.core.generate.TextGenerator} runs the loop and the
 * {@link quatrain.core.generate.QuatrainFormatter} makes four readable lines of the tokens. The
 * {@link quatrain.core.generate.NoveltyChecker} says how much of a quatrain was copied from the corpus.
 * Neural and Markov models meet here through the same two interfaces, so all of this is tested with
 * hand-written logits and fake steppers.
 */
package quatrain.core.generate;
