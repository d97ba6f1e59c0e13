/**
 * The built-in sample corpus: a seeded grammar that writes original prophecy-style quatrains (invented
 * towns, rivers, rulers and omens; no text taken from any source), so that a first training run needs no
 * file of the user's. The grammar's output for a fixed seed is shipped as
 * {@code assets/sample/prophecies.txt}, and a test keeps the two in step.
 */
package quatrain.core.sample;
