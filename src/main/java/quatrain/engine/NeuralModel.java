package quatrain.engine;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

import quatrain.core.generate.LanguageModel;
import quatrain.core.generate.TokenStepper;
import quatrain.core.spec.ModelSpec;
import quatrain.core.text.Vocabulary;

/** A trained network as a {@link LanguageModel}: fresh steppers over a snapshot of its weights. */
public final class NeuralModel implements LanguageModel {
    private final Vocabulary vocabulary;
    private final ModelSpec spec;
    private final StepperWeights weights;

    NeuralModel(MultiLayerNetwork net, Vocabulary vocabulary, ModelSpec spec) {
        this.vocabulary = vocabulary;
        this.spec = spec;
        this.weights = StepperWeights.of(net, vocabulary.size());
    }

    /** The network as it stands, for samples while it trains. */
    public static NeuralModel of(MultiLayerNetwork net, Vocabulary vocabulary, ModelSpec spec) {
        return new NeuralModel(net, vocabulary, spec);
    }

    /** The model with {@code params} (e.g. the best epoch's) instead of the network's current ones. */
    static NeuralModel withParams(MultiLayerNetwork net, INDArray params, Vocabulary vocabulary, ModelSpec spec) {
        if (params == null) {
            return new NeuralModel(net, vocabulary, spec);
        }
        INDArray current = net.params().dup();
        net.setParams(params);
        try {
            return new NeuralModel(net, vocabulary, spec);
        } finally {
            net.setParams(current);
        }
    }

    @Override
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    @Override
    public ModelSpec spec() {
        return spec;
    }

    /**
     * As the model was trained: windows each from the zero state ({@link WindowedStepper}), or, for every-step
     * models (trained on long sequences from their start), one state carried along.
     */
    @Override
    public TokenStepper newStepper() {
        return spec.everyStep() ? new NetworkStepper(weights) : new WindowedStepper(weights, spec.sequenceLength());
    }
}
