package quatrain.engine.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quatrain.core.bundle.BundleException;
import quatrain.core.judge.JudgeProgress;
import quatrain.core.judge.JudgeSettings;
import quatrain.engine.Judging;
import quatrain.engine.TrainedModel;
import quatrain.testing.HostileModels;
import quatrain.testing.RawZip;
import quatrain.testing.RawZip.Raw;
import quatrain.testing.SerialCanary;

/** A judge inside a model file is read as strictly as the model: format 3 on, both entries, a network of its size. */
class JudgeEntriesTest {
    @TempDir
    static Path dir;
    static Path judged;

    @BeforeAll
    static void judgeAModel() throws IOException {
        judged = Files.copy(FormatFixtures.folder(2).resolve("quatrains-gru.quatrain"), dir.resolve("judged.quatrain"));
        Judging.train(TrainedModel.open(judged), null, JudgeSettings.at(1.0, 42).withSamples(40).withEpochs(1),
                JudgeProgress.Listener.NONE, () -> false);
    }

    private static Path changed(String name, UnaryOperator<List<Raw>> change) {
        return HostileModels.outer(judged, dir.resolve(name + ".quatrain"), change);
    }

    private static Raw rewritten(List<Raw> entries, String name, UnaryOperator<String> edit) {
        String text = new String(HostileModels.content(entries, name), StandardCharsets.UTF_8);
        return Raw.deflated(name, edit.apply(text).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void infoTellsWhatTheJudgeIs() {
        BundleInfo info = BundleIO.readInfo(judged);
        assertThat(info.manifest().formatVersion()).isEqualTo(3);
        assertThat(info.judge().temperature()).isEqualTo(1.0);
        assertThat(info.judge().modelFingerprint()).hasSize(64);
    }

    @Test
    void refusesAJudgeInAFileOfAnEarlierFormat() {
        Path file = changed("version-2-with-judge", e -> HostileModels.replaced(e, "manifest.json",
                b -> rewritten(e, "manifest.json", s -> s.replaceFirst("\"formatVersion\"\\s*:\\s*3", "\"formatVersion\" : 2"))));
        assertThatThrownBy(() -> TrainedModel.open(file)).isInstanceOf(BundleException.class)
                .hasMessageContaining("a model of format 2 with a judge, which no version wrote");
        assertThatThrownBy(() -> BundleIO.readInfo(file)).isInstanceOf(BundleException.class);
    }

    @Test
    void refusesHalfAJudge() {
        Path file = changed("half-judge", e -> e.stream().filter(r -> !r.name().equals("judge-network.zip")).toList());
        assertThatThrownBy(() -> TrainedModel.open(file)).isInstanceOf(BundleException.class)
                .hasMessageContaining("holds only one of judge.json and judge-network.zip");
    }

    @Test
    void refusesAJudgeThatDoesNotFitItsAlphabet() {
        Path file = changed("judge-alphabet", e -> HostileModels.replaced(e, "judge.json",
                b -> rewritten(e, "judge.json", s -> s.replaceFirst("\"alphabet\"\\s*:\\s*\\[\\s*\"[^\"]*\"\\s*,",
                        "\"alphabet\" : ["))));
        assertThatThrownBy(() -> TrainedModel.open(file)).isInstanceOf(BundleException.class)
                .hasMessageContaining("its judge reads");
    }

    @Test
    void refusesAJudgeNetworkNamingAForeignClassBeforeLoadingIt() {
        Path file = changed("judge-foreign-class", e -> HostileModels.replaced(e, "judge-network.zip", b -> {
            List<Raw> inner = HostileModels.entries(b);
            List<Raw> hostile = HostileModels.replaced(inner, "configuration.json", c -> Raw.deflated(
                    "configuration.json", HostileModels.firstClassNamed(c, SerialCanary.class.getName())));
            return Raw.stored("judge-network.zip", RawZip.write(hostile));
        }));
        assertThatThrownBy(() -> TrainedModel.open(file)).isInstanceOf(BundleException.class)
                .hasMessageContaining("not a class a Quatrain Studio model uses").hasMessageNotContaining("\n");
        assertThat(System.getProperty(SerialCanary.PROPERTY)).as("the canary's static initializer ran").isNull();
    }
}
