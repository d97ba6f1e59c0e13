/**
 * The {@code .quatrain} model file: one zip holding the network (with optimizer state) or Markov chain, the
 * vocabulary, the specs, the training history and state, the corpus text for novelty checks, and a
 * provenance manifest. Written atomically and as a stream; read as data, never code: only the format's entries,
 * each through a cap its format sets, the network without DL4J's {@code ModelSerializer} (its entries' names,
 * classes and array sizes checked before anything is parsed or allocated). Damaged, foreign, hostile and newer
 * files get one-line messages; nothing is ever extracted to disk.
 */
package quatrain.engine.bundle;
