package quatrain.engine;

import java.util.ArrayList;
import java.util.List;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.EmbeddingSequenceLayer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

import quatrain.engine.nn.EmbeddingLookup;
import quatrain.engine.nn.FusedRecurrent;
import quatrain.engine.nn.FusedRecurrentParams;
import quatrain.engine.nn.GruLayer;

/**
 * A trained network's weights copied into plain row-major float arrays for generation. Stepping one token
 * through a 128-unit recurrent layer is a few hundred thousand multiply-adds: done in Java it takes well
 * under a millisecond, where the same work as ND4J ops would pay the per-op overhead many times over.
 * The maths mirrors the training layers exactly ({@code NeuralModelTest} compares against the network).
 */
record StepperWeights(int vocabularySize, float[] embedding, int embeddingSize, List<Cell> cells, float[] outW,
        float[] outB, int outIn) {

    /** One recurrent layer: GRU (gates r,z,n) or DL4J LSTM (blocks: input, forget, output, input-gate). */
    record Cell(boolean gru, int nIn, int units, float[] wx, float[] wh, float[] bx, float[] bh) {
    }

    static StepperWeights of(MultiLayerNetwork net, int vocabularySize) {
        float[] embedding = null;
        int embeddingSize = 0;
        List<Cell> cells = new ArrayList<>();
        float[] outW = null;
        float[] outB = null;
        int outIn = 0;
        for (Layer layer : net.getLayers()) {
            org.deeplearning4j.nn.conf.layers.Layer conf = layer.conf().getLayer();
            if (conf instanceof EmbeddingSequenceLayer || conf instanceof EmbeddingLookup) {
                INDArray w = layer.getParam("W");
                embedding = rowMajor(w);
                embeddingSize = (int) w.size(1);
            } else if (conf instanceof GruLayer) {
                INDArray wx = layer.getParam(GruLayer.INPUT_WEIGHTS);
                cells.add(new Cell(true, (int) wx.size(0), (int) wx.size(1) / 3, rowMajor(wx),
                        rowMajor(layer.getParam(GruLayer.RECURRENT_WEIGHTS)), rowMajor(layer.getParam(GruLayer.INPUT_BIAS)),
                        rowMajor(layer.getParam(GruLayer.RECURRENT_BIAS))));
            } else if (conf instanceof FusedRecurrent f) {
                INDArray w = layer.getParam(FusedRecurrentParams.INPUT_WEIGHTS);
                cells.add(new Cell(f.isGru(), (int) w.size(0), (int) f.getNOut(), rowMajor(w),
                        rowMajor(layer.getParam(FusedRecurrentParams.RECURRENT_WEIGHTS)),
                        rowMajor(layer.getParam(FusedRecurrentParams.BIAS)),
                        f.isGru() ? rowMajor(layer.getParam(FusedRecurrentParams.RECURRENT_BIAS)) : null));
            } else if (conf instanceof LSTM || conf instanceof LastTimeStep) {
                INDArray w = layer.getParam("W");
                cells.add(new Cell(false, (int) w.size(0), (int) w.size(1) / 4, rowMajor(w),
                        rowMajor(layer.getParam("RW")), rowMajor(layer.getParam("b")), null));
            } else if (conf instanceof OutputLayer) {
                INDArray w = layer.getParam("W");
                outW = rowMajor(w);
                outB = rowMajor(layer.getParam("b"));
                outIn = (int) w.size(0);
            } else if (!(conf instanceof DropoutLayer)) {
                throw new IllegalStateException("cannot step layer type " + conf.getClass().getSimpleName());
            }
        }
        if (outW == null || cells.isEmpty()) {
            throw new IllegalStateException("network has no recurrent or output layer");
        }
        return new StepperWeights(vocabularySize, embedding, embeddingSize, List.copyOf(cells), outW, outB, outIn);
    }

    private static float[] rowMajor(INDArray a) {
        return a.dup('c').data().asFloat();
    }
}
