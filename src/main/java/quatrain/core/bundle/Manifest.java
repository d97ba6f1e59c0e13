package quatrain.core.bundle;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The provenance of a model file, written as {@code manifest.json} at the top of the bundle.
 *
 * @param format          always {@link #FORMAT}; anything else is not a Quatrain Studio model
 * @param formatVersion   layout version of the bundle; readers refuse newer ones (docs/decisions/0007)
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
 * @param spark           the Spark cluster that trained it, or null for local training (version 2 on; not written
 *                        when null, so that an older reader tells a person to update rather than call the file damaged)
 */
public record Manifest(String format, int formatVersion, String kind, String preset, long parameters,
        CorpusInfo corpus, long seed, String appVersion, String dl4jVersion, String javaVersion, String os,
        String arch, String backend, String createdAt, String updatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) SparkProvenance spark) {

    public static final String FORMAT = "quatrain-model";
    /** 3: a judge (judge.json and judge-network.zip). 2: {@link #spark}. 1: the first format. */
    public static final int CURRENT_VERSION = 3;

    /** A manifest of local training. */
    public Manifest(String format, int formatVersion, String kind, String preset, long parameters, CorpusInfo corpus,
            long seed, String appVersion, String dl4jVersion, String javaVersion, String os, String arch,
            String backend, String createdAt, String updatedAt) {
        this(format, formatVersion, kind, preset, parameters, corpus, seed, appVersion, dl4jVersion, javaVersion, os,
                arch, backend, createdAt, updatedAt, null);
    }

    /** This manifest as the current format writes it, saved at {@code now}: for a file rewritten with more in it. */
    public Manifest rewritten(String now) {
        return new Manifest(format, CURRENT_VERSION, kind, preset, parameters, corpus, seed, appVersion, dl4jVersion,
                javaVersion, os, arch, backend, createdAt, now, spark);
    }

    /** This manifest with the Spark cluster that trained the model. */
    public Manifest withSpark(SparkProvenance cluster) {
        return new Manifest(format, formatVersion, kind, preset, parameters, corpus, seed, appVersion, dl4jVersion,
                javaVersion, os, arch, backend, createdAt, updatedAt, cluster);
    }
}
