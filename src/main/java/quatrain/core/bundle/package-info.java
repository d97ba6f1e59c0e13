/**
 * What a model file says about itself: the provenance manifest (corpus hash, seed, versions, dates) and the
 * training state needed to resume. The zip itself is read and written by {@code quatrain.engine.bundle}.
 */
package quatrain.core.bundle;
