package quatrain.engine.nn;

import static quatrain.engine.nn.EmbeddingLookupParams.WEIGHTS;

import java.nio.FloatBuffer;
import java.util.Arrays;

import org.deeplearning4j.exception.DL4JInvalidInputException;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.BaseLayer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Runtime of {@link EmbeddingLookup}. Forward copies one contiguous row of {@code W} per token. Backward zeroes
 * the weight gradient, sums the output gradient's rows per distinct token (in position order, so the result does
 * not depend on anything but the input) and writes each sum once. FLOAT (training) runs on Java arrays through
 * bulk copies; other precisions (DOUBLE, for gradient checks) take ND4J's row operations. There is no error to
 * pass on: ids have no gradient.
 */
public final class EmbeddingLookupLayer extends BaseLayer<EmbeddingLookup> {

    public EmbeddingLookupLayer(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    @Override
    public boolean isPretrainLayer() {
        return false;
    }

    @Override
    public boolean hasBias() {
        return false;
    }

    @Override
    public INDArray activate(boolean training, LayerWorkspaceMgr workspaceMgr) {
        assertInputSet(false);
        if (maskArray != null) {
            throw new UnsupportedOperationException("EmbeddingLookup does not support masks (fixed-length windows only)");
        }
        int[] ids = ids();
        INDArray w = getParam(WEIGHTS);
        checkType(w.dataType());
        int size = (int) w.size(1);
        INDArray out = workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, w.dataType(),
                new long[] {input.size(0), ids.length / input.size(0), size}, 'c');
        if (w.dataType() == DataType.FLOAT) {
            int wAt = (int) w.offset();
            int outAt = (int) out.offset();
            FloatBuffer from = HostMemory.floats(w);
            FloatBuffer to = HostMemory.floats(out);
            float[] row = new float[size];
            for (int i = 0; i < ids.length; i++) {
                from.get(wAt + ids[i] * size, row, 0, size);
                to.put(outAt + i * size, row, 0, size);
            }
        } else {
            // Other precisions (DOUBLE: gradient checks) through ND4J, on the same row-major rows.
            Nd4j.pullRows(w, out.reshape('c', ids.length, size), 1, ids);
        }
        return out;
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        assertInputSet(true);
        int[] ids = ids();
        INDArray gradient = gradientViews.get(WEIGHTS);
        checkType(gradient.dataType());
        int size = (int) gradient.size(1);
        if (epsilon.length() != (long) ids.length * size) {
            throw new IllegalStateException("EmbeddingLookup: error of shape " + Arrays.toString(epsilon.shape())
                    + " for " + ids.length + " tokens of size " + size);
        }
        INDArray eps = epsilon.castTo(gradient.dataType());
        if (!Buffers.isContiguousC(eps)) {
            eps = eps.dup('c');
        }
        gradient.assign(0);
        int[] order = positionsByToken(ids);
        if (gradient.dataType() == DataType.FLOAT) {
            int gAt = (int) gradient.offset();
            int eAt = (int) eps.offset();
            FloatBuffer g = HostMemory.floats(gradient);
            FloatBuffer e = HostMemory.floats(eps);
            float[] sum = new float[size];
            float[] row = new float[size];
            for (int k = 0; k < order.length;) {
                int id = ids[order[k]];
                e.get(eAt + order[k] * size, sum, 0, size);
                for (k++; k < order.length && ids[order[k]] == id; k++) {
                    e.get(eAt + order[k] * size, row, 0, size);
                    for (int j = 0; j < size; j++) {
                        sum[j] += row[j];
                    }
                }
                g.put(gAt + id * size, sum, 0, size);
            }
        } else {
            INDArray rows = eps.reshape('c', ids.length, size);
            for (int position : order) {
                gradient.getRow(ids[position]).addi(rows.getRow(position));
            }
        }
        Gradient g = new DefaultGradient(gradientsFlattened);
        g.gradientForVariable().put(WEIGHTS, gradient);
        return new Pair<>(g, null);
    }

    private static void checkType(DataType type) {
        if (type != DataType.FLOAT && type != DataType.DOUBLE) {
            throw new UnsupportedOperationException("EmbeddingLookup runs in FLOAT or DOUBLE, not " + type);
        }
    }

    /** The token ids of the current input, in c order ([batch, time]), each checked against the vocabulary. */
    private int[] ids() {
        INDArray in = input;
        if (in.rank() == 3 && in.size(1) == 1) {
            in = in.reshape(in.ordering(), in.size(0), in.size(2));
        }
        EmbeddingLookup c = layerConf();
        if (in.rank() != 2 || in.size(1) != c.getInputLength()) {
            throw new DL4JInvalidInputException("EmbeddingLookup expects token ids of shape [batch, "
                    + c.getInputLength() + "] or [batch, 1, " + c.getInputLength() + "], got "
                    + Arrays.toString(input.shape()) + " (layer " + layerId() + ")");
        }
        double[] values = in.dup('c').data().asDouble();
        int[] ids = new int[values.length];
        long vocabulary = c.getNIn();
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (!(v >= 0 && v < vocabulary) || v != Math.rint(v)) {
                throw new DL4JInvalidInputException("EmbeddingLookup: token id " + v + " at position " + i
                        + " is not a whole number between 0 and " + (vocabulary - 1) + " (layer " + layerId() + ")");
            }
            ids[i] = (int) v;
        }
        return ids;
    }

    /** Positions 0..n-1 sorted by token id, ties in position order (one sort of id·2³² + position keys). */
    private static int[] positionsByToken(int[] ids) {
        long[] keys = new long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            keys[i] = ((long) ids[i] << 32) | i;
        }
        Arrays.sort(keys);
        int[] order = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            order[i] = (int) keys[i];
        }
        return order;
    }
}
