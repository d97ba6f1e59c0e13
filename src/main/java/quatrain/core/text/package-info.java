/**
 * From documents to token ids: the word tokenizer (the seed's rules: lower case, punctuation as its own
 * token, apostrophes and hyphens kept inside words), the character tokenizer, and the vocabulary with its
 * special tokens and {@code <unk>} policy.
 */
package quatrain.core.text;
