/**
 * What training tells the world while it runs: per-epoch statistics, a stream of events for listeners (the
 * command line's progress bar, the app's charts) and the history kept in the model file. Plain records, so
 * the desktop app can consume them without knowing anything about Deeplearning4j.
 */
package quatrain.core.training;
