package quatrain.core.judge;

import java.util.List;

import quatrain.core.corpus.Corpus;

/**
 * The corpus documents a judge compares the model's writing with, and where they came from.
 *
 * @param documents the documents, as the corpus reader cut them
 * @param source    for the judge's provenance: "the model file", or a file's name with its SHA-256
 */
public record JudgeCorpus(List<String> documents, String source) {
    public JudgeCorpus {
        documents = List.copyOf(documents);
    }

    /** A text read from a file, named in the judge's provenance by its name and the start of its SHA-256. */
    public static JudgeCorpus of(Corpus corpus) {
        return new JudgeCorpus(corpus.documents(), corpus.name() + " (sha256 " + corpus.sha256().substring(0, 12)
                + "…)");
    }
}
