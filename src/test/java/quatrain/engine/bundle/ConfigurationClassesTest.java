package quatrain.engine.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipFile;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import quatrain.core.bundle.BundleException;
import quatrain.testing.SerialCanary;

class ConfigurationClassesTest {
    private static final Problems PROBLEMS = new Problems("x.quatrain");
    private static final String REFUSED = "\"x.quatrain\" was not opened: its network configuration names the class ";
    private static Map<String, String> variants;

    @BeforeAll
    static void buildEveryNetwork() {
        variants = NetworkVariants.all();
    }

    /** A new layer, updater or setting that names another class fails here, not when a user opens a model. */
    @Test
    void everyNetworkTheAppMakesOrMadeNamesOnlyAllowedClassesAndEveryAllowedClassIsNamedByOne() {
        assertThat(variants).hasSizeGreaterThan(100);
        List<String> all = new ArrayList<>(variants.values());
        all.addAll(NetworkVariants.earlierUpdaters(variants));
        TreeSet<String> named = new TreeSet<>();
        for (String json : all) {
            assertThatCode(() -> ConfigurationClasses.check(json, PROBLEMS)).doesNotThrowAnyException();
            named.addAll(ConfigurationClasses.named(json));
        }
        assertThat(named).containsExactlyInAnyOrderElementsOf(ConfigurationClasses.ALLOWED);
        // and DL4J reads each one back (the earlier updater included)
        for (String json : all) {
            assertThat(MultiLayerConfiguration.fromJson(json).getConfs()).isNotEmpty();
        }
    }

    @Test
    void theGoldenFilesFromAnEarlierVersionPass() throws IOException {
        for (String name : List.of("word-gru", "chars-lstm", "reference-gru", "reference-lstm")) {
            String json = configuration(Path.of("src/test/resources/golden/models", name + ".quatrain"));
            assertThatCode(() -> ConfigurationClasses.check(json, PROBLEMS)).as(name).doesNotThrowAnyException();
        }
    }

    @Test
    void aClassNamedAsALayerIsRefusedBeforeJacksonLoadsIt() {
        String json = variants.values().iterator().next().replaceFirst("\"@class\" : \"[^\"]+\"",
                "\"@class\" : \"quatrain.testing.SerialCanary\"");
        assertThatThrownBy(() -> ConfigurationClasses.check(json, PROBLEMS)).isInstanceOf(BundleException.class)
                .hasMessage(REFUSED + "quatrain.testing.SerialCanary, which is not a class a Quatrain Studio model uses");
        assertThat(System.getProperty(SerialCanary.PROPERTY)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"@class\" : \"java.lang.Runtime\"}",
        "{\"layer\" : {\"dist\" : {\"type\" : \"java.lang.Runtime\", \"mean\" : 0}}}",
        "{\"layer\" : [\"java.lang.Runtime\", {\"x\" : 1}]}",
        "{\"layer\" : {\"java.lang.Runtime\" : {}}}",
        "{\"layer\" : {\"@class\" : \"java.lang.Runtime\", \"@class\" : \"org.nd4j.linalg.learning.config.Adam\"}}",
        "{\"layer\" : {\"@class\" : \"org.nd4j.linalg.learning.config.Adam\", \"@class\" : \"java.lang.Runtime\"}}",
        "{\"a\" : \"java.util.ArrayList<java.lang.Runtime>\"}",
        "{\"a\" : \"[Ljava.lang.Runtime;\"}",
        "{\"a\" : \" java.lang . Runtime \"}",
        "{\"a\" : \"\\u006aava.lang.Runtime\"}"})
    void everyPlaceJacksonCouldTakeAClassFromIsChecked(String json) {
        assertThatThrownBy(() -> ConfigurationClasses.check(json, PROBLEMS)).isInstanceOf(BundleException.class)
                .hasMessageStartingWith(REFUSED).hasMessageContaining("Runtime");
    }

    @Test
    void aClassIdMustBeAName() {
        assertThatThrownBy(() -> ConfigurationClasses.check("{\"@class\" : {\"x\" : 1}}", PROBLEMS))
                .hasMessageContaining("a class id that is not a name");
        assertThatThrownBy(() -> ConfigurationClasses.check("{\"@class\" : \"Runtime\"}", PROBLEMS))
                .hasMessageStartingWith(REFUSED);
    }

    @Test
    void numbersLayerNamesAndEnumsAreNotTakenForClasses() {
        for (String s : List.of("1.0E-7", "gru-1", "NWC", "XAVIER_UNIFORM", "dropout-out", "0.5", "The end.")) {
            assertThat(ConfigurationClasses.classLike(s)).as(s).isFalse();
        }
        assertThat(ConfigurationClasses.classLike("a.B")).isTrue();
    }

    @Test
    void textThatIsNotJsonIsDamaged() {
        assertThatThrownBy(() -> ConfigurationClasses.check("{\"a\" : ", PROBLEMS))
                .hasMessageStartingWith("\"x.quatrain\" is damaged: its network configuration is not valid JSON");
    }

    /** A name without a dot could only be a class of the default package; none is on the class path. */
    @Test
    void noClassOnTheClassPathLivesInTheDefaultPackage() throws IOException {
        List<String> found = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (Files.isDirectory(p)) {
                try (var files = Files.list(p)) {
                    files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".class")).forEach(found::add);
                }
            } else if (entry.endsWith(".jar") && Files.isRegularFile(p)) {
                try (ZipFile jar = new ZipFile(p.toFile())) {
                    jar.stream().map(e -> e.getName())
                            .filter(n -> n.endsWith(".class") && !n.contains("/") && !n.equals("module-info.class"))
                            .forEach(n -> found.add(p.getFileName() + ": " + n));
                }
            }
        }
        assertThat(found).isEmpty();
    }

    private static String configuration(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile());
                var net = new java.util.zip.ZipInputStream(zip.getInputStream(zip.getEntry("network.zip")))) {
            net.getNextEntry();
            return new String(net.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
