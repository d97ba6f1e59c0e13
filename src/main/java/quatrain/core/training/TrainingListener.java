package quatrain.core.training;

/** Receives training events on the training thread; must return quickly (hand work to another thread). */
@FunctionalInterface
public interface TrainingListener {
    void onEvent(TrainingEvent event);

    TrainingListener NONE = event -> { };
}
