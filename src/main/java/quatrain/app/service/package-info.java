/**
 * The training service: runs in this process ({@code Trainer}) or in a process of its own (a Spark driver,
 * {@link quatrain.app.service.TrainingService#startDriver}), their events batched to the UI thread, the same for
 * both. Knows nothing of the panes.
 */
package quatrain.app.service;
