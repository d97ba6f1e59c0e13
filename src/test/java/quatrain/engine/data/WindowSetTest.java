package quatrain.engine.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quatrain.core.corpus.CorpusLoader;
import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.Overrides;
import quatrain.core.spec.Presets;
import quatrain.core.text.TokenStorage;
import quatrain.core.text.TokenizedCorpus;
import quatrain.testing.TestCorpora;

class WindowSetTest {
    @TempDir
    Path dir;

    // <s>=1, </s>=2
    private static final int[] DOC_A = {1, 10, 11, 12, 2};
    private static final int[] DOC_B = {1, 20, 2};

    @Test
    void everyTokenAndTheEndMarkerIsATargetWithStartPaddedContext() {
        WindowSet w = WindowSet.of(List.of(DOC_A, DOC_B), 3, 1);
        assertThat(w.size()).isEqualTo(4 + 2);
        int[] ctx = new int[3];
        w.context(0, ctx, 0);
        assertThat(ctx).containsExactly(1, 1, 1);
        assertThat(w.target(0)).isEqualTo(10);
        w.context(3, ctx, 0);
        assertThat(ctx).containsExactly(10, 11, 12);
        assertThat(w.target(3)).isEqualTo(2);
        w.context(4, ctx, 0);
        assertThat(ctx).containsExactly(1, 1, 1);
        assertThat(w.target(4)).isEqualTo(20);
        assertThat(w.contextToken(5, 2)).isEqualTo(20);
    }

    @Test
    void stepSkipsTargetsWithinEachDocument() {
        WindowSet w = WindowSet.of(List.of(DOC_A, DOC_B), 2, 3);
        assertThat(w.size()).isEqualTo(2 + 1);
        assertThat(w.target(0)).isEqualTo(10);
        assertThat(w.target(1)).isEqualTo(2);
        assertThat(w.target(2)).isEqualTo(20);
    }

    @Test
    void everyStepSequencesCutTheDocumentsLaidEndToEnd() {
        // stream: 1 10 11 12 2 1 20 2  (8 tokens)
        WindowSet w = WindowSet.sequences(List.of(DOC_A, DOC_B), 3, 3);
        assertThat(w.size()).isEqualTo(2);
        int[] ctx = new int[3];
        w.context(0, ctx, 0);
        assertThat(ctx).containsExactly(1, 10, 11);
        assertThat(w.target(0)).isEqualTo(12);
        w.context(1, ctx, 0);
        assertThat(ctx).containsExactly(12, 2, 1);
        assertThat(w.target(1)).isEqualTo(20);
    }

    @Test
    void everyStepSequencesShiftWholeByNoMoreThanTheTokensLeftOver() {
        // stream: 1 10 11 12 2 1 20 2 (8 tokens); two sequences of 3 every 3 end at 6: one token is left over
        WindowSet w = WindowSet.sequences(List.of(DOC_A, DOC_B), 3, 3);
        assertThat(w.maxShift()).isEqualTo(1);
        assertThat(windows(w.shifted(1))).containsExactly(new int[] {10, 11, 12, 2}, new int[] {2, 1, 20, 2});
        assertThat(w.shifted(0)).isSameAs(w);
        assertThatThrownBy(() -> w.shifted(2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> w.shifted(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyStepSequencesShiftByLessThanTheirStepAndPerTargetWindowsNotAtAll() {
        int[] doc = new int[24];
        for (int i = 0; i < doc.length; i++) {
            doc[i] = 100 + i;
        }
        WindowSet w = WindowSet.sequences(List.of(doc), 4, 4); // 5 sequences end at 4, 8, …, 20; 3 tokens left over
        assertThat(w.size()).isEqualTo(5);
        assertThat(w.maxShift()).isEqualTo(3);
        WindowSet later = w.shifted(3);
        assertThat(later.size()).isEqualTo(5);
        assertThat(windows(later)).containsExactly(new int[] {103, 104, 105, 106, 107},
                new int[] {107, 108, 109, 110, 111}, new int[] {111, 112, 113, 114, 115},
                new int[] {115, 116, 117, 118, 119}, new int[] {119, 120, 121, 122, 123});
        assertThat(WindowSet.of(List.of(doc), 4, 1).maxShift()).isZero();
    }

    /** Windows as they were cut before the token store: a copied stream, each document left-padded with <s>. */
    private static List<int[]> paddedWindows(List<int[]> docs, int length, int step) {
        List<int[]> out = new ArrayList<>();
        for (int[] doc : docs) {
            int[] padded = new int[doc.length + length - 1];
            java.util.Arrays.fill(padded, 1);
            System.arraycopy(doc, 0, padded, length - 1, doc.length);
            for (int i = 1; i < doc.length; i += step) {
                int target = length - 1 + i;
                int[] w = java.util.Arrays.copyOfRange(padded, target - length, target + 1);
                out.add(w);
            }
        }
        return out;
    }

    private static List<int[]> sequenceWindows(List<int[]> docs, int length, int step) {
        int[] stream = docs.stream().flatMapToInt(java.util.Arrays::stream).toArray();
        List<int[]> out = new ArrayList<>();
        for (int start = 0; start + length < stream.length; start += step) {
            out.add(java.util.Arrays.copyOfRange(stream, start, start + length + 1));
        }
        return out;
    }

    /** Context then target of every window. */
    private static List<int[]> windows(WindowSet set) {
        List<int[]> out = new ArrayList<>();
        for (int w = 0; w < set.size(); w++) {
            int[] window = new int[set.length() + 1];
            set.context(w, window, 0);
            window[set.length()] = set.target(w);
            for (int t = 0; t < set.length(); t++) {
                assertThat(set.contextToken(w, t)).isEqualTo(window[t]);
            }
            out.add(window);
        }
        return out;
    }

    @Test
    void windowsReadFromAMappedTokenStoreAreTheWindowsOfThePaddedStream() {
        ModelSpec words = Overrides.apply(Presets.get(Presets.QUATRAINS_GRU).model(), java.util.Map.of("minCount", "1"));
        try (TokenizedCorpus data = TokenizedCorpus.prepare(new CorpusLoader().fromText("t", TestCorpora.stanzas(30, 3)),
                words, 0.2, 1, null, TokenStorage.inFiles(dir))) {
            assertThat(data.trainStream().inFile()).isTrue();
            List<int[]> docs = data.train();
            for (int[] lengthAndStep : new int[][] {{4, 1}, {3, 2}, {40, 3}, {1, 1}}) {
                int length = lengthAndStep[0];
                int step = lengthAndStep[1];
                assertThat(windows(WindowSet.of(data.trainStream(), length, step)))
                        .as("per target, length %d step %d", length, step)
                        .containsExactlyElementsOf(paddedWindows(docs, length, step));
                assertThat(windows(WindowSet.sequences(data.trainStream(), length, step)))
                        .as("sequences, length %d step %d", length, step)
                        .containsExactlyElementsOf(sequenceWindows(docs, length, step));
            }
        }
    }

    @Test
    void documentsOfOneTokenGiveNoWindowsAndAreSkipped() {
        Random r = new Random(5);
        List<int[]> docs = new ArrayList<>();
        for (int d = 0; d < 50; d++) {
            int[] doc = new int[1 + r.nextInt(6)];
            doc[0] = 1;
            for (int i = 1; i < doc.length; i++) {
                doc[i] = 3 + r.nextInt(20);
            }
            docs.add(doc);
        }
        assertThat(windows(WindowSet.of(docs, 3, 2))).containsExactlyElementsOf(paddedWindows(docs, 3, 2));
    }
}
