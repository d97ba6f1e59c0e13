package quatrain.core.bundle;

/**
 * The provenance of a model file, written as {@code manifest.json} at the top of the bundle.
 *
 * @param format          always {@link #FORMAT}; anything else is not a Quatrain Studio model
 * @param formatVersion   layout version of the bundle; readers refuse newer ones
 * @param kind            GRU, LSTM or MARKOV
 * @param preset          the preset the model came from
 * @param parameters      trainable parameters (0 for a Markov chain)
 * @param corpus          the training text's name, hash and size
 * @param seed            the training seed
 * @param appVersion      Quatrain Studio version that wrote the file
 * @param dl4jVersion     Deeplearning4j version (empty for a Markov chain)
 * @param javaVersion     Java runtime version
 * @param os              operating system name and version
 * @param arch            CPU architecture
 * @param backend         device that trained it (e.g. "CPU · 2 threads · AVX2")
 * @param createdAt       ISO-8601 instant of the first save
 * @param updatedAt       ISO-8601 instant of this save
 */
public record Manifest(String format, int formatVersion, String kind, String preset, long parameters,
        CorpusInfo corpus, long seed, String appVersion, String dl4jVersion, String javaVersion, String os,
        String arch, String backend, String createdAt, String updatedAt) {

    public static final String FORMAT = "quatrain-model";
    public static final int CURRENT_VERSION = 1;
}
