/**
 * Writes generated quatrains to files a person can keep or share: plain text, Markdown and JSON. Every
 * quatrain travels with what is needed to write it again (model file, preset, corpus hash, sampling settings,
 * seed and its index in the batch), because the same model, settings, seed and index give the same text.
 * Plain Java, so the desktop app and the command line format alike.
 */
package quatrain.core.export;
