/**
 * The model pane: a preset, every setting of the model and of its training (validated as typed by building
 * the spec records, so the pane and the command line accept the same values), the compute device (or a Spark
 * cluster, with its master and executor settings and whether a driver can start), and an estimate of parameters, memory and time per epoch made by {@link quatrain.core.spec.ModelEstimator}.
 */
package quatrain.app.config;
