/**
 * The only package that speaks Deeplearning4j / ND4J: building networks from a {@code ModelSpec}, feeding
 * token windows, the training loop with checkpoints, evaluation, reading and writing model bundles, backend
 * detection and the training UI. The classes the command line and the desktop app use speak plain types from
 * {@code quatrain.core} ({@code TrainedModel.info()}, {@code ModelFiles}); the model bundle with its network stays
 * inside the engine ({@code LayeringTest.frontEndsSeeTheEngineInPlainTypes}).
 */
package quatrain.engine;
