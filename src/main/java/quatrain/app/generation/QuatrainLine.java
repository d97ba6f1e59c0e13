package quatrain.app.generation;

import java.util.ArrayList;
import java.util.List;

import quatrain.core.generate.NoveltyReport;
import quatrain.core.generate.Quatrain;

/**
 * One line of a quatrain cut into plain and copied pieces, ready for highlighting. The novelty report gives
 * copied spans as character ranges of the whole text, which may run across line breaks; here they are split
 * per line.
 *
 * @param text      the line
 * @param segments  consecutive pieces covering the line, in order
 * @param flagged   whether a long copied run touches this line
 */
public record QuatrainLine(String text, List<Segment> segments, boolean flagged) {

    public QuatrainLine {
        segments = List.copyOf(segments);
    }

    /** Characters {@code [start, end)} of the line; {@code copied} when they occur verbatim in the corpus. */
    public record Segment(int start, int end, boolean copied) {
    }

    /** The lines of a quatrain; without a novelty report every line is one plain segment. */
    public static List<QuatrainLine> of(Quatrain q) {
        NoveltyReport report = q.novelty();
        return split(q.text(), report == null ? List.of() : report.copiedSpans(),
                report == null ? List.of() : report.flaggedLines());
    }

    static List<QuatrainLine> split(String text, List<NoveltyReport.Span> spans, List<Boolean> flags) {
        List<QuatrainLine> lines = new ArrayList<>();
        int lineStart = 0;
        int number = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            List<Segment> segments = new ArrayList<>();
            int cursor = lineStart;
            for (NoveltyReport.Span s : spans) {
                int from = Math.max(s.start(), lineStart);
                int to = Math.min(s.end(), lineEnd);
                if (from >= to) {
                    continue;
                }
                if (from > cursor) {
                    segments.add(new Segment(cursor - lineStart, from - lineStart, false));
                }
                segments.add(new Segment(from - lineStart, to - lineStart, true));
                cursor = to;
            }
            if (cursor < lineEnd || segments.isEmpty()) {
                segments.add(new Segment(cursor - lineStart, lineEnd - lineStart, false));
            }
            boolean flagged = number < flags.size() && flags.get(number);
            lines.add(new QuatrainLine(text.substring(lineStart, lineEnd), segments, flagged));
            number++;
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return lines;
    }

    /** The characters of a segment. */
    public String textOf(Segment s) {
        return text.substring(s.start(), s.end());
    }
}
