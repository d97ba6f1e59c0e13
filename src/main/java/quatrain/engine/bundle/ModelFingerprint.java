package quatrain.engine.bundle;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * SHA-256 of what a model generates with: its vocabulary and the weights it samples from (the best epoch's, else
 * the latest), or its Markov chain. A judge records the fingerprint of the model it judged and is used only while
 * the model still has it, so training on (or any other change of the weights) retires the judge.
 */
public final class ModelFingerprint {
    private static final int CHUNK = 1 << 16;

    private ModelFingerprint() {
    }

    public static String of(ModelBundle bundle) {
        MessageDigest sha = sha256();
        for (String token : bundle.vocabulary().tokens()) {
            sha.update(token.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
        if (bundle.markov() != null) {
            sha.update(bundle.markov());
        }
        INDArray weights = bundle.bestParams() != null ? bundle.bestParams()
                : bundle.network() != null ? bundle.network().params() : null;
        if (weights != null) {
            update(sha, weights);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void update(MessageDigest sha, INDArray weights) {
        float[] values = weights.toFloatVector();
        ByteBuffer bytes = ByteBuffer.allocate(CHUNK * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (int from = 0; from < values.length; from += CHUNK) {
            int count = Math.min(CHUNK, values.length - from);
            bytes.clear();
            bytes.asFloatBuffer().put(values, from, count);
            sha.update(bytes.array(), 0, count * Float.BYTES);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this Java", e);
        }
    }
}
