/**
 * Training windows read straight from encoded token streams (on the heap or in a mapped file), the order an
 * epoch visits them in (seeded, and needing no array for very many windows), and the reusable ND4J buffers
 * they are copied into, one minibatch at a time, without allocating per batch.
 */
package quatrain.engine.data;
