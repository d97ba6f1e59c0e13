package quatrain.core.sample;

/** The five forms of an English verb the templates ask for. */
record Verb(String base, String third, String past, String participle, String gerund) {

    String form(String name) {
        return switch (name) {
            case "" -> base;
            case "s" -> third;
            case "ed" -> past;
            case "en" -> participle;
            case "ing" -> gerund;
            default -> throw new IllegalArgumentException("no verb form \"" + name + "\"");
        };
    }
}
