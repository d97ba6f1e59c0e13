package quatrain.engine.nn;

import java.io.OutputStream;
import java.io.PrintStream;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.samediff.SameDiffLayer;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * DL4J's runtime {@link SameDiffLayer} with two defects of 1.0.0-M2.1 corrected.
 *
 * <ul>
 *   <li>Backprop doubles every gradient: {@code ExternalErrorsFunction.doDiff} both registers the external
 *       error as the output's gradient and returns it, and SameDiff adds the two. A finite-difference check
 *       shows exactly 2x on every parameter, so the incoming error is halved here.</li>
 *   <li>Building the gradient function prints one line per op to {@code System.out}, which would corrupt
 *       the command line's JSON output; that one-off construction runs with standard output silenced.</li>
 * </ul>
 * See docs/NOTES.md; {@code GruLayerTest} fails if either correction becomes wrong in a new DL4J.
 */
public class CorrectedSameDiffLayer extends SameDiffLayer {
    private static final Object STDOUT_LOCK = new Object();

    public CorrectedSameDiffLayer(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        if (sameDiff == null || !sameDiff.hasGradientFunction()) {
            buildGradientFunctionQuietly();
        }
        return super.backpropGradient(epsilon.mul(0.5), workspaceMgr);
    }

    private void buildGradientFunctionQuietly() {
        synchronized (STDOUT_LOCK) {
            PrintStream stdout = System.out;
            System.setOut(new PrintStream(OutputStream.nullOutputStream()));
            try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
                if (sameDiff == null) {
                    doInit();
                }
                if (!sameDiff.hasGradientFunction()) {
                    sameDiff.createGradFunction(INPUT_KEY);
                }
            } finally {
                System.setOut(stdout);
            }
        }
    }
}
