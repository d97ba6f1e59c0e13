package quatrain.app.training;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import quatrain.core.AtomicFiles;
import quatrain.core.QuatrainException;
import quatrain.core.corpus.Corpus;
import quatrain.core.corpus.DocumentFormat;
import quatrain.core.training.RunNames;

/**
 * A file for a corpus that has none (the built-in sample), so that a training process can read it: its documents in
 * UTF-8, a blank line between stanzas or one per line, which the default corpus reader cuts into the same documents.
 * Its folder is named by the corpus's hash, so the same corpus is written once and later runs reuse the file; the file
 * keeps the corpus's name, which the driver names its run after, as the app does.
 */
final class CorpusFiles {
    private CorpusFiles() {
    }

    /** The corpus's file in {@code folder}, written now unless an earlier run wrote it. Blocks: call it in the background. */
    static Path write(Corpus corpus, Path folder) {
        Path file = folder.resolve(corpus.sha256().substring(0, 16) + "-" + corpus.format().name().toLowerCase(Locale.ROOT))
                .resolve(RunNames.slug(corpus.name()) + ".txt");
        if (Files.isRegularFile(file)) {
            return file;
        }
        String separator = corpus.format() == DocumentFormat.LINES ? "\n" : "\n\n";
        try {
            AtomicFiles.write(file, out -> {
                BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                boolean first = true;
                for (String document : corpus.documents()) {
                    if (!first) {
                        w.write(separator);
                    }
                    w.write(document);
                    first = false;
                }
                w.write('\n');
                w.flush();
            });
        } catch (IOException e) {
            throw new QuatrainException("Could not write the corpus for the training process to " + file + ": "
                    + e.getMessage(), e);
        }
        return file;
    }
}
