package quatrain.engine;

import org.deeplearning4j.nn.conf.GradientNormalization;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.EmbeddingSequenceLayer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.lossfunctions.impl.LossSparseMCXENT;
import org.nd4j.linalg.schedule.ISchedule;

import quatrain.core.spec.LearningRateSchedule;
import quatrain.core.spec.ModelKind;
import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.TrainingSpec;
import quatrain.core.text.GloveVectors;
import quatrain.engine.nn.Device;
import quatrain.engine.nn.EmbeddingLookup;
import quatrain.engine.nn.FusedRecurrent;
import quatrain.engine.nn.GruLayer;
import quatrain.engine.nn.LanesRmsProp;
import quatrain.engine.nn.SoftmaxOutput;
import quatrain.engine.nn.WarmupCosineSchedule;

/**
 * Builds the DL4J network of a {@link ModelSpec}: token ids → embedding (or one-hot input) → [dropout →
 * GRU/LSTM] × layers → dropout → softmax over the vocabulary (no dropout on one-hot input), trained with sparse cross-entropy on the token that
 * follows each window (or, for every-step models, on every position: the last recurrent layer returns its
 * whole sequence and DL4J inserts the reshape to {@code [batch·time, units]} before the output layer). Time is
 * NWC ({@code [batch, time, features]}) throughout.
 */
public final class NetworkFactory {
    /** How the recurrent layers are computed; the maths is the same (tests check it to single precision). */
    public enum Implementation {
        /**
         * {@link FusedRecurrent}: a few large matrix products per minibatch, gate maths in Java; and
         * {@link SoftmaxOutput}, which computes logits, softmax and loss once per minibatch.
         */
        FUSED,
        /**
         * The reference layers: our SameDiff {@link GruLayer} and DL4J's own {@code LSTM} (with its cuDNN helper on
         * the GPU), DL4J's embedding and output layers, and ND4J's RMSprop: every array stays on the device.
         */
        REFERENCE;

        /** What a new network is built with on this device: the fused layers on the CPU, the reference ones on a GPU. */
        public static Implementation forDevice(boolean gpu) {
            return gpu ? REFERENCE : FUSED;
        }

        /** {@link #forDevice} for the backend ND4J runs on here. */
        public static Implementation forThisDevice() {
            return forDevice(Device.gpu());
        }
    }

    private NetworkFactory() {
    }

    /** Embedding size actually used: the GloVe dimension when vectors are given, else the spec's. */
    public static int embeddingSize(ModelSpec spec, GloveVectors glove) {
        return glove != null ? glove.dimension() : spec.embeddingSize();
    }

    public static MultiLayerNetwork build(ModelSpec spec, TrainingSpec training, int vocabularySize,
            GloveVectors glove) {
        return build(spec, training, vocabularySize, glove, Implementation.FUSED);
    }

    public static MultiLayerNetwork build(ModelSpec spec, TrainingSpec training, int vocabularySize,
            GloveVectors glove, Implementation implementation) {
        return build(spec, training, vocabularySize, glove, implementation, 0);
    }

    /**
     * @param plannedIterations minibatches the run plans, for a learning-rate schedule (0: unknown, constant)
     */
    public static MultiLayerNetwork build(ModelSpec spec, TrainingSpec training, int vocabularySize,
            GloveVectors glove, Implementation implementation, long plannedIterations) {
        if (!spec.kind().isNeural()) {
            throw new IllegalArgumentException("not a neural model: " + spec.kind());
        }
        int embedding = embeddingSize(spec, glove);
        int length = spec.sequenceLength();
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder()
                .seed(training.seed())
                .dataType(DataType.FLOAT)
                .weightInit(WeightInit.XAVIER_UNIFORM)
                .updater(updater(training, plannedIterations, implementation))
                .gradientNormalization(training.clipNorm() > 0 ? GradientNormalization.ClipL2PerLayer
                        : GradientNormalization.None)
                .gradientNormalizationThreshold(training.clipNorm() > 0 ? training.clipNorm() : 1.0)
                .trainingWorkspaceMode(WorkspaceMode.ENABLED)
                .inferenceWorkspaceMode(WorkspaceMode.ENABLED)
                .list();
        int nIn;
        if (embedding > 0) {
            list.layer(implementation == Implementation.FUSED
                    ? new EmbeddingLookup.Builder().nIn(vocabularySize).nOut(embedding).inputLength(length)
                            .name("embedding").build()
                    : new EmbeddingSequenceLayer.Builder().nIn(vocabularySize).nOut(embedding).inputLength(length)
                            .outputDataFormat(RNNFormat.NWC).hasBias(false).name("embedding").build());
            nIn = embedding;
        } else {
            nIn = vocabularySize;
        }
        for (int i = 0; i < spec.layers(); i++) {
            boolean last = i == spec.layers() - 1 && !spec.everyStep();
            // Dropout on what the recurrent layers read (Zaremba et al.'s non-recurrent connections), except
            // one-hot characters: dropping a whole input character is noise, not regularisation.
            if (spec.dropout() > 0 && (i > 0 || embedding > 0)) {
                list.layer(new DropoutLayer.Builder(1.0 - spec.dropout()).name("dropout-" + (i + 1)).build());
            }
            // The first layer of a character model reads the network's input: no error to pass below it.
            org.deeplearning4j.nn.conf.layers.Layer cell = recurrent(spec, i == 0 ? nIn : spec.units(), last,
                    i > 0 || embedding > 0, implementation);
            // Named for the training UI's model graph, which shows the layer names.
            cell.setLayerName(spec.kind().name().toLowerCase(java.util.Locale.ROOT) + "-" + (i + 1));
            list.layer(cell);
        }
        if (spec.dropout() > 0) {
            list.layer(new DropoutLayer.Builder(1.0 - spec.dropout()).name("dropout-out").build());
        }
        OutputLayer.Builder output = implementation == Implementation.FUSED ? new SoftmaxOutput.Builder()
                : new OutputLayer.Builder(new LossSparseMCXENT()).activation(Activation.SOFTMAX);
        list.layer(output.nIn(spec.units()).nOut(vocabularySize).l2(spec.l2()).name("softmax").build());
        // For an embedding the input "size" is the vocabulary: DL4J sets the embedding's nIn from it.
        list.setInputType(InputType.recurrent(vocabularySize, length, RNNFormat.NWC));
        MultiLayerConfiguration conf = list.build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        if (glove != null) {
            initEmbedding(net, glove);
        }
        return net;
    }

    private static org.deeplearning4j.nn.conf.layers.Layer recurrent(ModelSpec spec, int nIn, boolean last,
            boolean inputGradient, Implementation implementation) {
        if (implementation == Implementation.FUSED) {
            return new FusedRecurrent.Builder().cell(spec.kind().name()).nIn(nIn).nOut(spec.units())
                    .returnSequences(!last).inputGradient(inputGradient).l2(spec.l2()).build();
        }
        if (spec.kind() == ModelKind.GRU) {
            return new GruLayer.Builder().nIn(nIn).nOut(spec.units()).returnSequences(!last).l2(spec.l2()).build();
        }
        LSTM lstm = new LSTM.Builder().nIn(nIn).nOut(spec.units()).activation(Activation.TANH)
                .gateActivationFunction(Activation.SIGMOID).dataFormat(RNNFormat.NWC).l2(spec.l2()).build();
        return last ? new LastTimeStep(lstm) : lstm;
    }

    /** The learning rate the output layer's updater uses at the network's current iteration (after any schedule). */
    public static double currentLearningRate(MultiLayerNetwork net) {
        org.deeplearning4j.nn.conf.layers.BaseLayer output =
                (org.deeplearning4j.nn.conf.layers.BaseLayer) net.getOutputLayer().conf().getLayer();
        return output.getUpdaterByParam(org.deeplearning4j.nn.params.DefaultParamInitializer.WEIGHT_KEY)
                .getLearningRate(net.getIterationCount(), net.getEpochCount());
    }

    static IUpdater updater(TrainingSpec training, long plannedIterations, Implementation implementation) {
        boolean cosine = training.schedule() == LearningRateSchedule.COSINE && plannedIterations > 0;
        ISchedule schedule = cosine ? new WarmupCosineSchedule(training.learningRate(),
                (int) Math.max(1, plannedIterations / 50), (int) Math.min(Integer.MAX_VALUE, plannedIterations), 0.1)
                : null;
        return switch (training.optimizer()) {
            case RMSPROP -> {
                // Keras's defaults (decay 0.9, epsilon 1e-7), as the seed's model had. The lanes' step works on
                // host memory: the reference networks (the GPU's) keep ND4J's own, the same maths.
                if (implementation == Implementation.REFERENCE) {
                    RmsProp rms = schedule == null ? new RmsProp(training.learningRate()) : new RmsProp(schedule);
                    rms.setRmsDecay(0.9);
                    rms.setEpsilon(1e-7);
                    yield rms;
                }
                yield schedule == null ? new LanesRmsProp(training.learningRate(), 0.9, 1e-7)
                        : new LanesRmsProp(schedule, 0.9, 1e-7);
            }
            case ADAM -> schedule == null ? new Adam(training.learningRate()) : new Adam(schedule);
        };
    }

    private static void initEmbedding(MultiLayerNetwork net, GloveVectors glove) {
        INDArray weights = net.getLayer(0).getParam("W");
        for (int id = 0; id < glove.vectors().length; id++) {
            float[] v = glove.vectors()[id];
            if (v != null) {
                weights.putRow(id, Nd4j.createFromArray(v));
            }
        }
    }
}
