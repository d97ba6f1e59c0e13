/**
 * Layers and fixes that DL4J 1.0.0-M2.1 lacks: a GRU built from SameDiff primitives and a corrected runtime
 * for SameDiff layers (see docs/NOTES.md for the defects found).
 */
package quatrain.engine.nn;
