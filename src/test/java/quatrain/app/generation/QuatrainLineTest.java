package quatrain.app.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import quatrain.app.generation.QuatrainLine.Segment;
import quatrain.core.generate.NoveltyReport.Span;

class QuatrainLineTest {

    @Test
    void aCopiedSpanAcrossALineBreakIsHighlightedOnBothLines() {
        String text = "The king shall fall,\nfire in the sky tonight";
        // "shall fall,\nfire in" copied
        List<QuatrainLine> lines = QuatrainLine.split(text, List.of(new Span(9, 28)), List.of(true, false));
        assertThat(lines).hasSize(2);
        QuatrainLine first = lines.get(0);
        assertThat(first.segments()).containsExactly(new Segment(0, 9, false), new Segment(9, 20, true));
        assertThat(first.textOf(first.segments().get(1))).isEqualTo("shall fall,");
        assertThat(first.flagged()).isTrue();
        QuatrainLine second = lines.get(1);
        assertThat(second.segments()).containsExactly(new Segment(0, 7, true), new Segment(7, 23, false));
        assertThat(second.textOf(second.segments().get(0))).isEqualTo("fire in");
        assertThat(second.flagged()).isFalse();
    }

    @Test
    void withoutSpansEachLineIsOnePlainSegment() {
        List<QuatrainLine> lines = QuatrainLine.split("a b\nc", List.of(), List.of());
        assertThat(lines).extracting(QuatrainLine::segments).containsExactly(List.of(new Segment(0, 3, false)),
                List.of(new Segment(0, 1, false)));
    }

    @Test
    void aWhollyCopiedLineIsOneCopiedSegment() {
        List<QuatrainLine> lines = QuatrainLine.split("x\nall copied\ny", List.of(new Span(2, 12)), List.of());
        assertThat(lines.get(1).segments()).containsExactly(new Segment(0, 10, true));
        assertThat(lines.get(0).segments()).containsExactly(new Segment(0, 1, false));
    }
}
