/**
 * The only package that speaks Deeplearning4j / ND4J: building networks from a {@code ModelSpec}, feeding
 * token windows, the training loop with checkpoints, evaluation, reading and writing model bundles, backend
 * detection and the training UI. Its public API uses plain types from {@code quatrain.core}, so the command
 * line and the desktop app never import DL4J.
 */
package quatrain.engine;
