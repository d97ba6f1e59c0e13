/**
 * The training pane: start, pause, resume and stop a run, follow its progress, read samples as they come,
 * and watch live charts of loss, accuracy, perplexity and throughput. The charts are fed only from the
 * training service's batched events (at most about ten a second), never per minibatch; each run's series are
 * kept as JSON in the runs folder so later runs on the same corpus can be drawn against earlier ones.
 * {@link quatrain.app.training.TrainingViewModel} and the chart model classes are testable without the FX
 * toolkit; {@link quatrain.app.training.TrainingPane} and {@code MetricChart} are the view.
 */
package quatrain.app.training;
