package quatrain.engine.bundle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.Overrides;
import quatrain.core.spec.Preset;
import quatrain.core.spec.Presets;
import quatrain.core.spec.SpecException;
import quatrain.core.spec.TrainingSpec;
import quatrain.core.text.GloveVectors;
import quatrain.engine.NetworkFactory;

/**
 * Every kind of network configuration the app can make, and the ones earlier versions made: each preset on both
 * implementations (the fused layers of today, the reference layers of earlier versions: our SameDiff GRU and
 * DL4J's LSTM, embedding and output layers), with each setting that changes what the configuration holds (cell,
 * layers, one-hot or embedding input, dropout, L2, optimizer, schedule, clipping, every-step output, GloVe).
 */
final class NetworkVariants {
    private static final int VOCABULARY = 23;
    /** Settings varied one at a time from each preset; each one changes which classes the JSON names. */
    private static final List<Map<String, String>> MODEL_CHANGES = List.of(Map.of(), Map.of("kind", "GRU"),
            Map.of("kind", "LSTM"), Map.of("layers", "3"), Map.of("dropout", "0"), Map.of("dropout", "0.3"),
            Map.of("l2", "0"), Map.of("l2", "0.001"), Map.of("embeddingSize", "0"), Map.of("embeddingSize", "6"),
            Map.of("everyStep", "true", "windowStep", "4"), Map.of("everyStep", "false"));
    private static final List<Map<String, String>> TRAINING_CHANGES = List.of(Map.of(), Map.of("optimizer", "ADAM"),
            Map.of("optimizer", "RMSPROP"), Map.of("schedule", "COSINE"), Map.of("schedule", "CONSTANT"),
            Map.of("clipNorm", "0"), Map.of("clipNorm", "5"));

    private NetworkVariants() {
    }

    /** Label → configuration JSON. */
    static Map<String, String> all() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : List.of(Presets.QUATRAINS_GRU, Presets.CHARS_LSTM, Presets.CHARS_DEEP)) {
            Preset p = Presets.get(name);
            ModelSpec small = Overrides.apply(p.model(), Map.of("units", "6", "sequenceLength", "8", "windowStep", "4"));
            for (NetworkFactory.Implementation impl : NetworkFactory.Implementation.values()) {
                for (Map<String, String> m : MODEL_CHANGES) {
                    for (Map<String, String> t : TRAINING_CHANGES) {
                        if (!m.isEmpty() && !t.isEmpty()) {
                            continue;
                        }
                        ModelSpec spec;
                        TrainingSpec training;
                        try {
                            spec = Overrides.apply(small, m);
                            training = Overrides.apply(p.training(), t);
                        } catch (SpecException e) {
                            continue; // a combination the app refuses (one-hot words, say)
                        }
                        out.put(name + " " + impl + " " + m + " " + t, json(spec, training, null, impl));
                    }
                }
                ModelSpec embedded = Overrides.apply(small, Map.of("embeddingSize", "5"));
                out.put(name + " " + impl + " GloVe", json(embedded, p.training(), glove(5), impl));
            }
        }
        return out;
    }

    /** Configurations as the versions before ours wrote them: ND4J's own RmsProp before {@code LanesRmsProp}. */
    static List<String> earlierUpdaters(Map<String, String> configurations) {
        List<String> out = new ArrayList<>();
        for (String json : configurations.values()) {
            if (json.contains("\"quatrain.engine.nn.LanesRmsProp\"")) {
                out.add(json.replace("\"quatrain.engine.nn.LanesRmsProp\"", "\"org.nd4j.linalg.learning.config.RmsProp\""));
            }
        }
        return out;
    }

    private static String json(ModelSpec spec, TrainingSpec training, GloveVectors glove,
            NetworkFactory.Implementation impl) {
        MultiLayerNetwork net = NetworkFactory.build(spec, training, VOCABULARY, glove, impl, 1000);
        return net.getLayerWiseConfigurations().toJson();
    }

    private static GloveVectors glove(int dimension) {
        float[][] vectors = new float[VOCABULARY][];
        for (int i = 4; i < VOCABULARY; i += 2) {
            vectors[i] = new float[dimension];
            vectors[i][0] = i;
        }
        return new GloveVectors(dimension, vectors, VOCABULARY / 2);
    }
}
