package quatrain.core.corpus;

/**
 * Text decoded from bytes, with the charset that was used and how many characters came out of the
 * fallback (non-ASCII bytes read as windows-1252, or undecodable bytes replaced).
 */
public record DecodedText(String text, String encoding, int affectedCharacters) {
}
