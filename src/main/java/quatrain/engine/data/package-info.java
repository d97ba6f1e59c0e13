/**
 * Training windows over encoded documents and the reusable ND4J buffers they are copied into, one minibatch
 * at a time, without allocating per batch.
 */
package quatrain.engine.data;
