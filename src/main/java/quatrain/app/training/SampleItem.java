package quatrain.app.training;

/** Text the model wrote during training at one temperature, after one epoch. */
public record SampleItem(int epoch, double temperature, String text) {
}
