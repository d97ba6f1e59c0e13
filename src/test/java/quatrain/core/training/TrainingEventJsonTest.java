package quatrain.core.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import quatrain.core.QuatrainException;

class TrainingEventJsonTest {
    private static final EpochStats STATS = new EpochStats(3, 120, 2.5, Double.NaN, 0.25, Double.POSITIVE_INFINITY,
            1234.5, 1.5, 4.5, 0.003, 1_740_000_000_000L);

    /** One of every kind of event, with the awkward values: NaN, infinities, nulls, paths and text with breaks. */
    static List<TrainingEvent> everyKind() {
        return List.of(
                new TrainingEvent.Started("Spark local[2] · 2 cores", 123_456L, 5000, 98_765L, 40, 2, 9),
                new TrainingEvent.BatchEnd(2, 17, 40, 57L, 3.25, Double.NaN, 12.5),
                new TrainingEvent.EpochEnd(STATS, true),
                new TrainingEvent.Sample(3, 0.8, "the king shall fall,\n\"near\" the river — naïve\tend"),
                new TrainingEvent.Checkpoint(3, Path.of("/tmp/a folder/run: 1.quatrain"), false),
                new TrainingEvent.Warning("Overfitting: validation loss has risen"),
                new TrainingEvent.Finished(StopReason.CANCELLED, 3, Double.NEGATIVE_INFINITY,
                        Path.of("models/x.quatrain"), null),
                new TrainingEvent.Finished(StopReason.FAILED, 0, Double.NaN, null, "corpus.txt does not exist"));
    }

    @Test
    void everyKindOfEventReadsBackEqualFromItsLine() {
        List<TrainingEvent> events = everyKind();
        Set<String> kinds = events.stream().map(e -> e.getClass().getName()).collect(Collectors.toSet());
        assertThat(kinds).containsExactlyInAnyOrderElementsOf(
                Stream.of(TrainingEvent.class.getPermittedSubclasses()).map(Class::getName).toList());
        for (TrainingEvent e : events) {
            String line = TrainingEventJson.write(e);
            assertThat(line).doesNotContain("\n").matches("\\p{ASCII}*");
            assertThat(TrainingEventJson.read(line)).contains(e);
        }
    }

    @Test
    void writesTheLinesTrainJsonHasAlwaysPrinted() {
        assertThat(TrainingEventJson.write(new TrainingEvent.Warning("slow epoch")))
                .isEqualTo("{\"event\":\"warning\",\"message\":\"slow epoch\"}");
        assertThat(TrainingEventJson.write(new TrainingEvent.Checkpoint(1, Path.of("m.quatrain"), true)))
                .isEqualTo("{\"event\":\"checkpoint\",\"epoch\":1,\"file\":\"m.quatrain\",\"best\":true}");
        assertThat(TrainingEventJson.write(everyKind().get(2))).startsWith("{\"event\":\"epoch_end\",\"stats\":{");
    }

    @Test
    void anEventOfANewerWriterIsSkippedAndItsNewFieldsIgnored() {
        assertThat(TrainingEventJson.read("{\"event\":\"executor_lost\",\"id\":3}")).isEmpty();
        assertThat(TrainingEventJson.read("{\"event\":\"warning\",\"message\":\"m\",\"executors\":2}"))
                .contains(new TrainingEvent.Warning("m"));
    }

    @Test
    void refusesWhatIsNotAnEventOrLacksAField() {
        assertThatThrownBy(() -> TrainingEventJson.read("WARNING: Using incubator modules"))
                .isInstanceOf(QuatrainException.class).hasMessageContaining("not JSON");
        assertThatThrownBy(() -> TrainingEventJson.read("{\"message\":\"m\"}"))
                .isInstanceOf(QuatrainException.class).hasMessageContaining("no \"event\"");
        assertThatThrownBy(() -> TrainingEventJson.read("{\"event\":\"sample\",\"epoch\":1,\"text\":\"t\"}"))
                .isInstanceOf(QuatrainException.class).hasMessageContaining("malformed \"sample\"");
    }
}
