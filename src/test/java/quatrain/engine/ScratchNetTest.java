package quatrain.engine;

import java.util.*;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import quatrain.core.spec.*;
import quatrain.engine.data.*;

class ScratchNetTest {
    void run(String preset, int V) {
        Preset p = Presets.get(preset);
        ModelSpec s = p.model();
        MultiLayerNetwork net = NetworkFactory.build(s, p.training(), V, null);
        System.out.println(preset + " params=" + net.numParams());
        Random r = new Random(1);
        List<int[]> docs = new ArrayList<>();
        for (int d = 0; d < 300; d++) { int[] doc = new int[30]; doc[0]=1; doc[29]=2; for (int i=1;i<29;i++) doc[i]= 3 + ((i*7 + d) % (V-3)); docs.add(doc);}
        WindowSet w = WindowSet.of(docs, s.sequenceLength(), s.windowStep());
        BatchBuffers bb = new BatchBuffers(w, V, s.embeddingSize() == 0);
        int[] order = new int[w.size()]; for (int i=0;i<order.length;i++) order[i]=i;
        int B = 128;
        for (int e = 0; e < 3; e++) {
            long t0 = System.nanoTime(); double sum=0; int n=0;
            for (int i = 0; i + B <= order.length; i += B) { bb.fill(order, i, B); net.fit(bb.features(), bb.labels()); sum += net.score(); n++; }
            System.out.printf("%s epoch %d loss %.4f  %.1f ms/batch%n", preset, e, sum/n, (System.nanoTime()-t0)/1e6/n);
        }
    }
    @Test void gru() { run("quatrains-gru", 50); }
    @Test void lstm() { run("chars-lstm", 40); }
}
