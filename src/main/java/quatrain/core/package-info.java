/**
 * Plain-Java heart of Quatrain Studio: corpora, tokenizers and vocabularies, model and training specs,
 * sampling maths, quatrain formatting, the Markov baseline, novelty checks and bundle manifests. Nothing
 * here imports JavaFX or Deeplearning4j (an ArchUnit test keeps it so), which is why everything here is
 * fast to test and safe to use from both the command line and the desktop app.
 */
package quatrain.core;
