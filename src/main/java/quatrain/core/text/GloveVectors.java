package quatrain.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import quatrain.core.QuatrainException;

/**
 * Pre-trained word vectors from a GloVe text file ({@code word v1 v2 … vd} per line), kept only for the
 * words of a vocabulary. Words the file lacks start random in the network.
 *
 * @param dimension  vector size (300 for the seed's GloVe)
 * @param vectors    one row per vocabulary id, {@code null} where the file has no vector
 * @param found      how many vocabulary tokens got a vector
 */
public record GloveVectors(int dimension, float[][] vectors, int found) {

    public static GloveVectors read(Path file, Vocabulary vocabulary) {
        if (!Files.isRegularFile(file)) {
            throw new QuatrainException("GloVe file not found: \"" + file + "\"");
        }
        float[][] rows = new float[vocabulary.size()][];
        int dimension = -1;
        int found = 0;
        int lineNo = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                int space = line.indexOf(' ');
                if (space <= 0) {
                    continue;
                }
                String word = line.substring(0, space);
                if (!vocabulary.contains(word)) {
                    continue;
                }
                String[] parts = line.substring(space + 1).trim().split(" ");
                if (dimension < 0) {
                    dimension = parts.length;
                } else if (parts.length != dimension) {
                    throw new QuatrainException("GloVe file \"" + file.getFileName() + "\" line " + lineNo + " has "
                            + parts.length + " numbers, earlier lines have " + dimension);
                }
                float[] v = new float[dimension];
                for (int i = 0; i < dimension; i++) {
                    v[i] = Float.parseFloat(parts[i]);
                }
                int id = vocabulary.id(word);
                if (rows[id] == null) {
                    found++;
                }
                rows[id] = v;
            }
        } catch (NumberFormatException e) {
            throw new QuatrainException("GloVe file \"" + file.getFileName() + "\" line " + lineNo
                    + " is not \"word number number …\"", e);
        } catch (IOException e) {
            throw new QuatrainException("Cannot read GloVe file \"" + file + "\": " + e.getMessage(), e);
        }
        if (dimension < 0) {
            throw new QuatrainException("GloVe file \"" + file.getFileName()
                    + "\" has no vector for any word of the corpus: is it a GloVe text file of the same language?");
        }
        return new GloveVectors(dimension, rows, found);
    }
}
