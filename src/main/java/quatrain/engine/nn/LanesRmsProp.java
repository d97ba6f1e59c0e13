package quatrain.engine.nn;

import java.nio.ByteBuffer;
import java.util.Map;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.RmsPropUpdater;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.schedule.ISchedule;

/**
 * RMSprop with ND4J's maths, settings and state, whose step runs in SIMD lanes on the arrays' native memory
 * ({@link Kernels#rmsProp}), split over the cores: several times faster than ND4J's fused op on a word model's
 * millions of parameters (the measurements are in docs/NOTES.md, "Speed"). ND4J's op still runs for DOUBLE,
 * strided arrays, a JVM without the Vector API, or the GPU (a model trained on the CPU and resumed there:
 * {@link Device}). Model files name this class as their updater; files written with ND4J's {@code RmsProp} load as
 * before.
 */
public class LanesRmsProp extends RmsProp {

    /** For JSON deserialisation. */
    public LanesRmsProp() {
    }

    public LanesRmsProp(double learningRate, double rmsDecay, double epsilon) {
        super(learningRate, rmsDecay, epsilon);
    }

    public LanesRmsProp(ISchedule learningRateSchedule, double rmsDecay, double epsilon) {
        super(learningRateSchedule);
        setRmsDecay(rmsDecay);
        setEpsilon(epsilon);
    }

    @Override
    public GradientUpdater instantiate(INDArray viewArray, boolean initializeViewArray) {
        Updater updater = new Updater(this);
        updater.setStateViewArray(viewArray, viewArray.shape(), viewArray.ordering(), initializeViewArray);
        return updater;
    }

    @Override
    public GradientUpdater instantiate(Map<String, INDArray> state, boolean initializeStateArrays) {
        Updater updater = new Updater(this);
        updater.setState(state, initializeStateArrays);
        return updater;
    }

    /** A copy of the same class (DL4J clones layer configurations; ND4J's clone would return a plain RmsProp). */
    @Override
    public LanesRmsProp clone() {
        ISchedule schedule = getLearningRateSchedule();
        return schedule == null ? new LanesRmsProp(getLearningRate(), getRmsDecay(), getEpsilon())
                : new LanesRmsProp(schedule.clone(), getRmsDecay(), getEpsilon());
    }

    static final class Updater extends RmsPropUpdater {
        private static final Kernels KERNELS = Kernels.best();
        /** Parameters per unit of work split over the cores (a multiple of every lane count). */
        private static final int CHUNK = 1 << 14;

        Updater(RmsProp config) {
            super(config);
        }

        @Override
        public void applyUpdater(INDArray gradient, int iteration, int epoch) {
            INDArray state = getLastGradient();
            if (!KERNELS.simd() || Device.gpu() || state == null || gradient.dataType() != DataType.FLOAT
                    || state.dataType() != DataType.FLOAT || gradient.length() != state.length()
                    || gradient.elementWiseStride() != 1 || state.elementWiseStride() != 1
                    || gradient.length() > Integer.MAX_VALUE / Float.BYTES) {
                super.applyUpdater(gradient, iteration, epoch);
                return;
            }
            RmsProp config = getConfig();
            ByteBuffer g = HostMemory.bytes(gradient);
            ByteBuffer s = HostMemory.bytes(state);
            int gAt = (int) gradient.offset() * Float.BYTES;
            int sAt = (int) state.offset() * Float.BYTES;
            int n = (int) gradient.length();
            float learningRate = (float) config.getLearningRate(iteration, epoch);
            float decay = (float) config.getRmsDecay();
            float epsilon = (float) config.getEpsilon();
            // Element-wise, so the cores take chunks with no effect on the result.
            int chunks = (n + CHUNK - 1) / CHUNK;
            RowRanges.run(chunks, CHUNK, (from, to) -> {
                int start = from * CHUNK;
                int length = Math.min(n, to * CHUNK) - start;
                KERNELS.rmsProp(g, gAt + start * Float.BYTES, s, sAt + start * Float.BYTES, length, learningRate,
                        decay, epsilon);
            });
        }
    }
}
