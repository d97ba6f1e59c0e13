/**
 * Benchmarks that print figures (never timed unit tests): seconds per epoch and tokens per second of the
 * training loop, milliseconds per generated quatrain, and the memory they take. Driven by
 * {@code quatrain bench}; the figures and the commands are recorded in docs/BENCHMARKS.md.
 */
package quatrain.engine.bench;
