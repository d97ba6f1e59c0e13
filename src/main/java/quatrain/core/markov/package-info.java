/**
 * The Markov-chain baseline: an order-n chain over word or character ids that trains in seconds, backs
 * off to shorter contexts when a context was never seen, serves generation through the same
 * {@link quatrain.core.generate.LanguageModel} interface as the networks, reports a smoothed
 * cross-entropy comparable to a network's validation loss, and saves its counts in a compact binary form.
 * Counts live in flat primitive arrays keyed by 64-bit context hashes, so a megabyte of text at order 5
 * trains in about a second.
 */
package quatrain.core.markov;
