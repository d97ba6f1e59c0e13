package quatrain.engine.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Map;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.spark.api.worker.NetBroadcastTuple;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;

/**
 * Spark training sends the network's configuration to the workers by Java serialization (DL4J's
 * {@code NetBroadcastTuple}), and its scoring by JSON: every configuration the app makes (both implementations, every
 * setting: {@link NetworkVariants}) must survive both, our layers, {@code LanesRmsProp} and
 * {@code WarmupCosineSchedule} included, and stay ours when a worker clones it.
 */
class SerializableConfigurationsTest {
    @Test
    void everyConfigurationSurvivesJavaSerializationAsTheWorkersGetIt() throws Exception {
        Map<String, String> all = NetworkVariants.all();
        assertThat(all).hasSizeGreaterThan(50);
        for (Map.Entry<String, String> e : all.entrySet()) {
            MultiLayerConfiguration conf = MultiLayerConfiguration.fromJson(e.getValue());
            MultiLayerConfiguration back = roundTrip(conf);
            assertThat(back.toJson()).as(e.getKey()).isEqualTo(e.getValue());
            // the worker's copy: ParameterAveragingTrainingWorker clones the broadcast configuration
            assertThat(back.clone().toJson()).as(e.getKey()).isEqualTo(e.getValue());
            assertThat(MultiLayerConfiguration.fromJson(back.toJson()).toJson()).isEqualTo(e.getValue());
        }
    }

    @Test
    void aBroadcastNetworkTrainsOnAsTheDriversWould() throws Exception {
        MultiLayerConfiguration conf = MultiLayerConfiguration.fromJson(NetworkVariants.all().values().iterator().next());
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        NetBroadcastTuple tuple = roundTrip(new NetBroadcastTuple(conf, net.params(), net.getUpdater().getStateViewArray()));
        MultiLayerNetwork worker = new MultiLayerNetwork(tuple.getConfiguration().clone());
        worker.init(tuple.getParameters().unsafeDuplication(), false);
        assertThat(worker.params()).isEqualTo(net.params());
        assertThat(worker.getLayerWiseConfigurations().toJson()).isEqualTo(conf.toJson());
    }

    /** Written and read back as Spark's JavaSerializer does, with a stream that lets Spark's classes through. */
    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            in.setObjectInputFilter(info -> ObjectInputFilter.Status.ALLOWED);
            return (T) in.readObject();
        }
    }
}
