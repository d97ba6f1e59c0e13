package quatrain.core.sample;

/** A countable noun and its plural. */
record Noun(String one, String many) {
}
