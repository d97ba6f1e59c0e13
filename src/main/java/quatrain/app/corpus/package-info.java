/**
 * The corpus pane: choosing the text to learn from (a file, a dropped file or the built-in sample) and seeing
 * it as the chosen model will: documents, tokens and vocabulary at the model's level, frequent words, the
 * first tokens with their markers, and whether there is enough text. Loading and tokenising run in the
 * background; a file that cannot be a corpus is explained inline and the loaded corpus stays.
 */
package quatrain.app.corpus;
