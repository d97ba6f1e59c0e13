package quatrain.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;
import quatrain.core.corpus.Corpus;
import quatrain.core.corpus.CorpusLoader;
import quatrain.core.corpus.DocumentFormat;
import quatrain.core.sample.SampleCorpus;

/** Options that choose and read a corpus, shared by the commands that take one. */
final class CorpusOptions {
    @Option(names = "--corpus", paramLabel = "FILE",
            description = "Text file to train on (UTF-8, or windows-1252). Default: the built-in sample corpus.")
    Path corpus;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "AUTO",
            description = "How the text is cut into quatrains: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    DocumentFormat format;

    @Option(names = "--max-corpus-mb", paramLabel = "MB", defaultValue = "2048",
            description = "Refuse corpus files larger than this (default: ${DEFAULT-VALUE} MB). Files over 32 MB are"
                    + " read from disk as needed, so memory does not grow with them.")
    long maxCorpusMb;

    Corpus load() {
        if (corpus == null) {
            return SampleCorpus.corpus();
        }
        return new CorpusLoader(format, Math.max(1, maxCorpusMb) * 1024 * 1024).load(corpus);
    }

    static Corpus load(Path file, DocumentFormat format, long maxBytes) {
        return new CorpusLoader(format, maxBytes).load(file);
    }
}
