/**
 * DL4J's training UI (scalars, model graph, system pages) for Quatrain Studio: per-run statistics files, and a
 * UI server that starts lazily, listens on the loopback interface only, on a free port, and serves every
 * stored run. Deeplearning4j 1.0.0-M2.1 always listens on all interfaces; {@link LoopbackUiServer} fixes that
 * without copying its code.
 */
package quatrain.engine.ui;
