package quatrain.core.sample;

/** What one quatrain keeps coming back to, so that its four lines talk about the same town and ruler. */
record Scene(String town, String river, String land, Figure figure, String omen) {
}
