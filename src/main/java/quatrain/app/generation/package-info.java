/**
 * The generation pane: write quatrains with the session's model (just trained, or opened from a
 * {@code .quatrain} file), at a chosen temperature, seed, prompt and truncation, or one each across a
 * temperature sweep, or ranked: the best of a larger batch by the model's judge, which Rank trains first when the
 * model has none ({@link quatrain.app.generation.RankingModel}). Each result shows the phrases copied verbatim from
 * the corpus, its novelty figures and, when judged, the judge's score;
 * favourites can be pinned, selected, copied and exported as text, Markdown or JSON with everything needed to
 * write them again. {@link quatrain.app.generation.GenerationViewModel} holds the state and commands and is
 * testable without the FX toolkit; {@link quatrain.app.generation.GenerationPane} is the view.
 */
package quatrain.app.generation;
