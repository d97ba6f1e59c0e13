/**
 * The training pane: start, pause, resume and stop a run, follow its progress, read samples as they come,
 * and watch live charts of loss, accuracy, perplexity and throughput. The charts are fed only from the
 * training service's batched events (at most about ten a second), never per minibatch; each run's series are
 * kept as JSON in the runs folder so later runs on the same corpus can be drawn against earlier ones.
 * {@link quatrain.app.training.TrainingViewModel} and the chart model classes are testable without the FX
 * toolkit; {@link quatrain.app.training.TrainingPane} and {@code MetricChart} are the view. A run may also live in
 * a process of its own, a Spark driver ({@code SparkJob}, and {@code DriverProcess} in {@code quatrain.app.service}): its
 * JSON events are read back into the same event records and reach the same charts through the same service.
 */
package quatrain.app.training;

