package quatrain.app.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import quatrain.app.spark.MasterUrl.HostPort;
import quatrain.app.spark.MasterUrl.Kind;
import quatrain.core.QuatrainException;

class MasterUrlTest {
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "local; LOCAL; 1", "local[2]; LOCAL; 2", "local[*]; LOCAL; 0", "local[4,3]; LOCAL; 4", "local[*, 2]; LOCAL; 0",
        "local-cluster[2,1,1024]; LOCAL_CLUSTER; 0", "spark://127.0.0.1:7077; STANDALONE; 0",
        "spark://h1:7077,h2:7078; STANDALONE; 0", "spark://[::1]:7077; STANDALONE; 0", "yarn; YARN; 0",
        "k8s://https://10.0.0.1:6443; KUBERNETES; 0", "k8s://api.example.org; KUBERNETES; 0",
        "mesos://zk.example.org:5050; MESOS; 0", "'  local[2]  '; LOCAL; 2"})
    void takesWhatSparkTakes(String url, Kind kind, int threads) {
        MasterUrl m = MasterUrl.parse(url);
        assertThat(m.kind()).isEqualTo(kind);
        assertThat(m.threads()).isEqualTo(threads);
        assertThat(m.text()).isEqualTo(url.strip());
    }

    @Test
    void aStandaloneUrlNamesEachMaster() {
        assertThat(MasterUrl.parse("spark://h1:7077,h2:7078").masters())
                .containsExactly(new HostPort("h1", 7077), new HostPort("h2", 7078));
        assertThat(MasterUrl.parse("spark://[::1]:7077").masters()).containsExactly(new HostPort("::1", 7077));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "''; Enter the master URL",
        "local[0]; gives Spark no threads",
        "local[two]; not a local master Spark takes",
        "spark://host; has no host and port",
        "spark://host:0; has no host and port",
        "spark://host:99999; has no host and port",
        "spark://:7077; has no host and port",
        "yarn-client; Spark 3 takes just \"yarn\"",
        "k8s://; A Kubernetes master is",
        "http://host:7077; Spark does not take",
        "host:7077; Spark does not take"})
    void refusesWhatSparkRefusesAndSaysWhatItTakes(String url, String why) {
        assertThatThrownBy(() -> MasterUrl.parse(url)).isInstanceOf(QuatrainException.class)
                .hasMessageContaining(why);
    }

    @ParameterizedTest
    @ValueSource(strings = {"local[2]", "spark://h:7077", "yarn", "k8s://h:443", "local-cluster[1,1,512]"})
    void describesEveryKind(String url) {
        assertThat(MasterUrl.parse(url).describe()).endsWith(".");
    }

    @Test
    void onlyLocalModeHasNoExecutorsToSize() {
        assertThat(List.of(Kind.values())).filteredOn(k -> !k.hasExecutors()).containsExactly(Kind.LOCAL);
    }
}
