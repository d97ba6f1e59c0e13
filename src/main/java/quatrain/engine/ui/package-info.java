/**
 * DL4J's training UI (scalars, model graph, system pages) for Quatrain Studio: per-run statistics files with ids
 * of their own, and a UI server that starts lazily, listens on the loopback interface only, on a free port, and
 * serves every stored run. Deeplearning4j 1.0.0-M2.1 listens on all interfaces and routes uploads;
 * {@link LoopbackUiServer} binds it to 127.0.0.1 and puts a {@link RequestGate} in front of its router, without
 * copying its code. Runs other processes write (or show) are read from copies, never locked
 * ({@link RunSnapshot}), and checked as data before DL4J opens them ({@link RunFileCheck}).
 */
package quatrain.engine.ui;
