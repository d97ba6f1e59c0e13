/**
 * The {@code .quatrain} model file: one zip holding the network (with optimizer state) or Markov chain, the
 * vocabulary, the specs, the training history and state, the corpus text for novelty checks, and a
 * provenance manifest. Written atomically; read defensively (damaged, foreign and newer files get clear
 * messages; nothing is ever extracted to disk).
 */
package quatrain.engine.bundle;
