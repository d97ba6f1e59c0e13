/**
 * Reading a person's text file into a {@link quatrain.core.corpus.Corpus}: encoding detection with a
 * windows-1252 fallback, refusal of files that cannot be a corpus (binary, empty, too large), splitting
 * into documents (one quatrain per line, or stanzas separated by blank lines) and the seeded
 * train/validation split by whole documents. Files above a threshold are not held in memory: a few passes
 * over their bytes find the hash, the encoding and where each document lies, and the documents are read
 * from the file when they are needed.
 */
package quatrain.core.corpus;
