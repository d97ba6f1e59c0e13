/**
 * The JavaFX desktop app, MVVM with views built in code: one sub-package per pane, each with an
 * {@code XxxPane} (the view, a {@code Pane} subclass) and an {@code XxxViewModel} (state as read-only
 * properties and plain command methods; no {@code Node}, testable without the FX toolkit). Slow work runs on
 * an injected background executor, results return through an injected {@link quatrain.app.UiDispatcher}.
 * Never imports Deeplearning4j: the engine's plain API is all it sees.
 */
package quatrain.app;
