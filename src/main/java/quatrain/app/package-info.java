/**
 * The JavaFX desktop app, MVVM with views built in code: one sub-package per pane, each with an
 * {@code XxxPane} (the view, a {@code Pane} subclass) and an {@code XxxViewModel} (state as read-only
 * properties and plain command methods; no {@code Node}, testable without the FX toolkit). Slow work runs on
 * an injected background executor, results return through an injected {@link quatrain.app.UiDispatcher}.
 * Never imports Deeplearning4j: the engine's plain API is all it sees.
 *
 * <p>Inside, dependencies point one way (docs/ARCHITECTURE.md, checked by LayeringTest): this package holds only
 * the foundations every other uses ({@link quatrain.app.UiDispatcher}, {@link quatrain.app.Notice}, the start
 * gate); {@code settings} the stored settings; {@code spark} and {@code service} the Spark launcher and the
 * training service; {@code context} what the panes share ({@code AppContext}, {@code Session}); the panes
 * ({@code corpus}, {@code config}, {@code training}, {@code generation}, {@code trainingui}); and {@code shell}, the
 * window and the app itself, on top.
 */
package quatrain.app;
