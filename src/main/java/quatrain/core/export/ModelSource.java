package quatrain.core.export;

/**
 * The model a quatrain came from, as far as an export needs to name it.
 *
 * @param file          the model file's name (no folders: exports are shared, home paths are private)
 * @param preset        the preset the model was trained from
 * @param corpusName    the training text's display name
 * @param corpusSha256  hex SHA-256 of the training text, to tell it apart from a same-named file
 */
public record ModelSource(String file, String preset, String corpusName, String corpusSha256) {
}
