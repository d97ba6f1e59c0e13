package quatrain.core.sample;

/**
 * A person the prophecy speaks of. The possessive is stored because "the great one of the north's" reads
 * badly; the pronouns follow the title so that a queen is never "his".
 */
record Figure(String phrase, String possessive, boolean female) {

    String he() {
        return female ? "she" : "he";
    }

    String his() {
        return female ? "her" : "his";
    }

    String him() {
        return female ? "her" : "him";
    }
}
