package quatrain.engine.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The documents of one input split (a partition), in order, with what reading them found: where the first NUL byte
 * is (a binary file, refused as local training refuses it) and how many characters came from the windows-1252
 * fallback.
 */
final class DocumentBlock implements Serializable {
    private static final long serialVersionUID = 1L;

    final ArrayList<String> documents = new ArrayList<>();
    String nulFile;
    long nulOffset = -1;
    long replaced;

    List<String> documents() {
        return documents;
    }

    /** Keeps the first NUL byte seen (splits are read in file order). */
    void nul(String file, long offset) {
        if (nulOffset < 0) {
            nulFile = file;
            nulOffset = offset;
        }
    }
}
