package quatrain.engine.bundle;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import quatrain.core.Json;

/**
 * The classes a network's configuration may name, checked as text before DL4J reads it.
 *
 * <p>DL4J reads {@code configuration.json} with Jackson's class-name type ids: Jackson loads and initialises the
 * class a file names ({@code Class.forName(name, true, …)}) before it checks that it is a layer, and when that
 * fails DL4J tries its legacy format. So every string that could be taken for a class is checked here first against
 * the exact classes our networks use (and earlier versions' networks used): every {@code "@class"} value whatever
 * it looks like, and any other value or field name that looks like a class name, which covers DL4J's
 * {@code "type"} ids (its {@code Distribution}), the array-wrapped ids {@code ["class", {…}]} Jackson falls back to,
 * and wrapper-object ids. A name without a dot can only be a class of the default package, and nothing on our
 * class path lives there. Duplicate keys are all seen: the JSON is read as tokens, not as a tree.
 */
final class ConfigurationClasses {
    static final String TYPE_PROPERTY = "@class";

    /** Exact names; {@code ConfigurationClassesTest} builds every network the app can make and checks them all. */
    static final Set<String> ALLOWED = Set.of(
            // layers: ours (fused recurrent, embedding lookup, softmax output) and, from earlier versions and the
            // reference implementation, our SameDiff GRU and DL4J's embedding, LSTM and output layers
            "quatrain.engine.nn.EmbeddingLookup",
            "quatrain.engine.nn.FusedRecurrent",
            "quatrain.engine.nn.SoftmaxOutput",
            "quatrain.engine.nn.GruLayer",
            "org.deeplearning4j.nn.conf.layers.EmbeddingSequenceLayer",
            "org.deeplearning4j.nn.conf.layers.LSTM",
            "org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep",
            "org.deeplearning4j.nn.conf.layers.OutputLayer",
            "org.deeplearning4j.nn.conf.layers.DropoutLayer",
            "org.deeplearning4j.nn.conf.dropout.Dropout",
            "org.deeplearning4j.nn.conf.preprocessor.RnnToFeedForwardPreProcessor",
            // what the layers hold
            "org.deeplearning4j.nn.weights.WeightInitXavierUniform",
            "org.nd4j.linalg.activations.impl.ActivationIdentity",
            "org.nd4j.linalg.activations.impl.ActivationSigmoid",
            "org.nd4j.linalg.activations.impl.ActivationSoftmax",
            "org.nd4j.linalg.activations.impl.ActivationTanH",
            "quatrain.engine.nn.SparseSoftmaxCrossEntropy",
            "org.nd4j.linalg.lossfunctions.impl.LossSparseMCXENT",
            "org.nd4j.linalg.learning.regularization.L2Regularization",
            // optimizers (ND4J's RmsProp before LanesRmsProp) and learning-rate schedules
            "quatrain.engine.nn.LanesRmsProp",
            "org.nd4j.linalg.learning.config.RmsProp",
            "org.nd4j.linalg.learning.config.Adam",
            "quatrain.engine.nn.WarmupCosineSchedule",
            "org.nd4j.linalg.schedule.FixedSchedule");

    /** Something Jackson could resolve to a class: a dotted Java name, a generic type or an array descriptor. */
    private static final Pattern CLASS_LIKE = Pattern.compile(
            "[\\p{L}\\p{N}_$]\\s*\\.\\s*[\\p{L}_$]|<|^\\s*\\[");

    private ConfigurationClasses() {
    }

    /** Refuses the configuration if it names a class outside {@link #ALLOWED} (or is not JSON at all). */
    static void check(String json, Problems problems) {
        scan(json, problems, name -> {
            if (!ALLOWED.contains(name)) {
                throw problems.notOpened("its network configuration names the class " + printable(name)
                        + ", which is not a class a Quatrain Studio model uses");
            }
        });
    }

    /** Every class name the configuration gives, in order (for tests). */
    static Set<String> named(String json) {
        Set<String> names = new LinkedHashSet<>();
        scan(json, new Problems("configuration.json"), names::add);
        return names;
    }

    static boolean classLike(String s) {
        return CLASS_LIKE.matcher(s).find();
    }

    private static void scan(String json, Problems problems, Consumer<String> visit) {
        try (JsonParser parser = Json.mapper().getFactory().createParser(json)) {
            String field = null;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (TYPE_PROPERTY.equals(field)) {
                    if (token != JsonToken.VALUE_STRING) {
                        throw problems.notOpened("its network configuration has a class id that is not a name ("
                                + token + ")");
                    }
                    visit.accept(parser.getText());
                } else if (token == JsonToken.FIELD_NAME && classLike(parser.currentName())) {
                    visit.accept(parser.currentName());
                } else if (token == JsonToken.VALUE_STRING && classLike(parser.getText())) {
                    visit.accept(parser.getText());
                }
                field = token == JsonToken.FIELD_NAME ? parser.currentName() : null;
            }
        } catch (IOException e) {
            throw problems.damaged("its network configuration is not valid JSON (" + Problems.oneLine(e.getMessage())
                    + ")", e);
        }
    }

    /** At most 200 characters, control characters shown as '?', so that the message stays one readable line. */
    private static String printable(String name) {
        String s = name.length() > 200 ? name.substring(0, 200) + "…" : name;
        return s.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
