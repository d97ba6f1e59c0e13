/**
 * The settings of a model, of its training and of its sampling, as immutable records validated when they
 * are made (an impossible value never gets as far as the trainer), the named presets, strict overrides
 * ({@code key=value}, unknown keys refused) and their JSON form.
 */
package quatrain.core.spec;
