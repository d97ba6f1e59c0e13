package quatrain.core.bundle;

import quatrain.core.corpus.Corpus;

/** Provenance of the training text: enough to tell whether a file is the same text, without the text. */
public record CorpusInfo(String name, String sha256, long sizeBytes, int documents, String format,
        String encoding) {

    public static CorpusInfo of(Corpus corpus) {
        return new CorpusInfo(corpus.name(), corpus.sha256(), corpus.sizeBytes(), corpus.documents().size(),
                corpus.format().name(), corpus.encoding());
    }
}
