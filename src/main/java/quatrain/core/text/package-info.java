/**
 * From documents to token ids: the word tokenizer (the seed's rules: lower case, punctuation as its own
 * token, apostrophes and hyphens kept inside words), the character tokenizer, the vocabulary with its
 * special tokens and {@code <unk>} policy, and the token streams the encoded documents are kept in (a heap
 * array, or a memory-mapped temporary file for a large corpus), filled in passes that keep no token lists.
 */
package quatrain.core.text;
