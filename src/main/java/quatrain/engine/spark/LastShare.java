package quatrain.engine.spark;

import java.util.List;

import quatrain.core.corpus.Split;
import quatrain.core.text.DocumentPreparation;

/**
 * A partition's part in finding where a split by the text's last share starts ({@code ValidationSplit.LAST}): the
 * largest document number from 1 on, among its documents, whose documents to the end of the text hold the share by
 * core's rule ({@link Split#reachesShare}); the driver takes the largest over all partitions.
 */
final class LastShare {
    private LastShare() {
    }

    /**
     * @param firstIndex the number of the partition's first document that takes part
     * @param charsAfter the characters of the documents of all later partitions
     * @return the largest reaching document number here, or -1
     */
    static long largestReaching(List<String> documents, DocumentPreparation preparation, long firstIndex,
            long charsAfter, long totalChars, double fraction) {
        long kept = documents.stream().filter(preparation::kept).count();
        long suffix = charsAfter;
        long k = firstIndex + kept;
        for (int i = documents.size() - 1; i >= 0; i--) {
            String d = documents.get(i);
            if (!preparation.kept(d)) {
                continue;
            }
            k--;
            suffix += preparation.length(d);
            if (k >= 1 && Split.reachesShare(suffix, totalChars, fraction)) {
                return k;
            }
        }
        return -1;
    }
}
