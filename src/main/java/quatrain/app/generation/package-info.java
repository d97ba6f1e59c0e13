/**
 * The generation pane: write quatrains with the session's model (just trained, or opened from a
 * {@code .quatrain} file), at a chosen temperature, seed, prompt and truncation, or one each across a
 * temperature sweep. Each result shows the phrases copied verbatim from the corpus and its novelty figures;
 * favourites can be pinned, selected, copied and exported as text, Markdown or JSON with everything needed to
 * write them again. {@link quatrain.app.generation.GenerationViewModel} holds the state and commands and is
 * testable without the FX toolkit; {@link quatrain.app.generation.GenerationPane} is the view.
 */
package quatrain.app.generation;
