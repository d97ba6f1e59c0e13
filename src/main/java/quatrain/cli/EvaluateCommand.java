package quatrain.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import quatrain.core.Json;
import quatrain.core.corpus.Corpus;
import quatrain.core.corpus.CorpusLoader;
import quatrain.core.corpus.DocumentFormat;
import quatrain.engine.EvaluationReport;
import quatrain.engine.Evaluator;
import quatrain.engine.TrainedModel;

/** {@code quatrain evaluate}: how well a model predicts a held-out text. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Score a model on a held-out text: cross-entropy (nats per token), perplexity, accuracy.")
final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--model", required = true, paramLabel = "FILE", description = "A .quatrain model file.")
    Path model;

    @Option(names = "--text", required = true, paramLabel = "FILE", description = "A held-out text file.")
    Path text;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "AUTO",
            description = "How the text is cut into quatrains: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    DocumentFormat format;

    @Option(names = "--json", description = "Print the figures as JSON.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        TrainedModel trained = TrainedModel.open(model);
        Corpus corpus = new CorpusLoader(format, CorpusLoader.DEFAULT_MAX_BYTES).load(text);
        EvaluationReport r = Evaluator.evaluate(trained, corpus);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode root = Json.mapper().createObjectNode();
            root.put("model", model.toString());
            root.put("text", text.toString());
            root.put("tokens_evaluated", r.tokensEvaluated());
            root.put("out_of_vocabulary", r.outOfVocabulary());
            root.put("cross_entropy_nats", r.crossEntropy());
            root.put("perplexity", r.perplexity());
            ObjectNode known = root.putObject("in_vocabulary");
            known.put("targets", r.inVocabularyTargets());
            known.put("cross_entropy_nats", r.inVocabularyCrossEntropy());
            known.put("top1_accuracy", r.inVocabularyAccuracy());
            root.put("vocabulary_policy", r.vocabularyPolicy());
            out.println(Json.writePretty(root));
        } else {
            out.printf(Locale.ROOT, "tokens evaluated     %,d (%,d out of vocabulary)%n", r.tokensEvaluated(), r.outOfVocabulary());
            out.printf(Locale.ROOT, "cross-entropy        %.4f nats/token (perplexity %.1f)%n", r.crossEntropy(), r.perplexity());
            out.printf(Locale.ROOT, "in-vocabulary        %.4f nats/token, top-1 accuracy %.3f over %,d targets%n",
                    r.inVocabularyCrossEntropy(), r.inVocabularyAccuracy(), r.inVocabularyTargets());
            out.println("policy: " + r.vocabularyPolicy());
        }
        out.flush();
        return 0;
    }
}
