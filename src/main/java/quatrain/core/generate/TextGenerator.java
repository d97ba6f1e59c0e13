package quatrain.core.generate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import quatrain.core.spec.SamplingSpec;
import quatrain.core.spec.TokenLevel;
import quatrain.core.text.Tokenizer;
import quatrain.core.text.Vocabulary;

/**
 * Writes quatrains with a model: start from {@code <s>} padding and the prompt, draw tokens until
 * {@code </s>} (allowed on the fourth line only), the fourth line break or the word budget, then format. Quatrain i of a batch draws from
 * {@code new SplittableRandom(seed * 1_000_003 + i)}, so the same model, settings and seed give the same
 * text. Thread-safe if the model is: every call uses its own stepper, sampler and random stream.
 */
public final class TextGenerator {
    /** Line breaks after which a quatrain ends. */
    public static final int LINE_BREAKS = QuatrainFormatter.LINES;
    /** The temperatures of a sweep: the seed tutorial's four "diversities", from safe to strange. */
    public static final List<Double> SWEEP_TEMPERATURES = List.of(0.2, 0.5, 1.0, 1.2);
    private static final long SEED_STRIDE = 1_000_003L;
    /** Tokens drawn at most per word of budget (punctuation and line breaks are free, but not endless). */
    private static final int HARD_CAP_FACTOR = 3;

    private final LanguageModel model;
    private final NoveltyChecker novelty;
    private final Truecaser truecaser;
    private final Vocabulary vocabulary;
    private final int lineBreakId;

    /** @param noveltyOrNull checks each quatrain against the corpus; null to skip */
    public TextGenerator(LanguageModel model, NoveltyChecker noveltyOrNull) {
        this(model, noveltyOrNull, null);
    }

    /**
     * @param noveltyOrNull   checks each quatrain against the corpus; null to skip
     * @param truecaserOrNull restores the corpus's capitals (names); null to keep the formatter's only
     */
    public TextGenerator(LanguageModel model, NoveltyChecker noveltyOrNull, Truecaser truecaserOrNull) {
        this.model = model;
        this.novelty = noveltyOrNull;
        this.truecaser = truecaserOrNull;
        this.vocabulary = model.vocabulary();
        String lineBreak = model.spec().level() == TokenLevel.WORD ? Vocabulary.NEWLINE : "\n";
        this.lineBreakId = vocabulary.contains(lineBreak) ? vocabulary.id(lineBreak) : -1;
    }

    /** {@code spec.count()} quatrains, indices 0 to count - 1. */
    public List<Quatrain> generate(SamplingSpec spec) {
        int[] prompt = encodePrompt(spec.prompt());
        List<Quatrain> quatrains = new ArrayList<>(spec.count());
        for (int i = 0; i < spec.count(); i++) {
            quatrains.add(generate(spec, prompt, i));
        }
        return quatrains;
    }

    /** Quatrain number {@code index} of the batch {@code spec} describes. */
    public Quatrain generateOne(SamplingSpec spec, int index) {
        return generate(spec, encodePrompt(spec.prompt()), index);
    }

    /** One quatrain per temperature of {@link #SWEEP_TEMPERATURES}: see {@link #sweepOne}. */
    public List<Quatrain> sweep(SamplingSpec base) {
        List<Quatrain> quatrains = new ArrayList<>(SWEEP_TEMPERATURES.size());
        for (int i = 0; i < SWEEP_TEMPERATURES.size(); i++) {
            quatrains.add(sweepOne(base, i));
        }
        return quatrains;
    }

    /**
     * The sweep's quatrain at temperature number {@code i}: index 0 of the same seed at every temperature, so only
     * the temperature differs.
     */
    public Quatrain sweepOne(SamplingSpec base, int i) {
        return generateOne(base.withTemperature(SWEEP_TEMPERATURES.get(i)), 0);
    }

    private Quatrain generate(SamplingSpec spec, int[] prompt, int index) {
        long start = System.nanoTime();
        List<String> tokens = sample(spec, prompt, new SplittableRandom(spec.seed() * SEED_STRIDE + index));
        FormattedQuatrain formatted = QuatrainFormatter.format(tokens, model.spec().level());
        formatted = finish(formatted);
        double millis = (System.nanoTime() - start) / 1e6;
        return new Quatrain(index, formatted.text(), formatted.lines(), tokens, spec.temperature(), spec.seed(),
                novelty == null ? null : novelty.check(formatted.text()), millis);
    }

    /** Restores the corpus's capitals and closes the last line with a full stop where it was left open. */
    private FormattedQuatrain finish(FormattedQuatrain formatted) {
        List<String> lines = new ArrayList<>(formatted.lines());
        if (truecaser != null) {
            lines.replaceAll(truecaser::apply);
        }
        if (!lines.isEmpty()) {
            lines.set(lines.size() - 1, QuatrainFormatter.endSentence(lines.get(lines.size() - 1)));
        }
        return new FormattedQuatrain(lines);
    }

    private List<String> sample(SamplingSpec spec, int[] prompt, SplittableRandom rng) {
        TokenStepper stepper = model.newStepper();
        float[] logits = null;
        for (int i = 0; i < model.spec().contextLength(); i++) {
            logits = stepper.step(Vocabulary.START_ID);
        }
        List<String> tokens = new ArrayList<>(prompt.length + spec.maxTokens());
        int breaks = 0;
        for (int id : prompt) {
            logits = stepper.step(id);
            tokens.add(vocabulary.token(id));
            breaks += id == lineBreakId ? 1 : 0;
        }
        Sampler sampler = new Sampler();
        boolean[] banned = Sampler.banning(vocabulary.size(), Vocabulary.UNKNOWN_ID, Vocabulary.START_ID);
        int words = 0;
        int hardCap = HARD_CAP_FACTOR * spec.maxTokens();
        for (int n = 0; n < hardCap && words < spec.maxTokens(); n++) {
            banned[Vocabulary.END_ID] = !mayEnd(breaks, words, spec.maxTokens());
            int id = draw(sampler, logits, spec, banned, rng);
            if (id == Vocabulary.END_ID || id == lineBreakId && ++breaks >= LINE_BREAKS) {
                break;
            }
            tokens.add(vocabulary.token(id));
            words += countsAsWord(id) ? 1 : 0;
            if (words < spec.maxTokens()) {
                logits = stepper.step(id);
            }
        }
        return tokens;
    }

    /**
     * Whether {@code </s>} may be drawn now. A network trained on short windows cannot count lines, so it would
     * end a quatrain after any line that looks final; the end marker is allowed only on the fourth line (or,
     * for texts without line breaks, after half the word budget).
     */
    private boolean mayEnd(int breaks, int words, int budget) {
        return lineBreakId >= 0 ? breaks >= LINE_BREAKS - 1 : words * 2 >= budget;
    }

    /** At word level the budget counts words, not punctuation or line breaks; at character level, characters. */
    private boolean countsAsWord(int id) {
        if (model.spec().level() == TokenLevel.CHAR) {
            return true;
        }
        String token = vocabulary.token(id);
        return token.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** Draws a token; when nothing but {@code </s>} is possible, the end is allowed after all. */
    private static int draw(Sampler sampler, float[] logits, SamplingSpec spec, boolean[] banned,
            SplittableRandom rng) {
        try {
            return sampler.sample(logits, spec.temperature(), spec.topK(), spec.topP(), banned, rng);
        } catch (IllegalArgumentException nothingAllowed) {
            if (banned[Vocabulary.END_ID]) {
                banned[Vocabulary.END_ID] = false;
                return draw(sampler, logits, spec, banned, rng);
            }
            throw new GenerationException("The model gave no token that can be written next; "
                    + "it may be untrained or damaged.", nothingAllowed);
        }
    }

    private int[] encodePrompt(String prompt) {
        List<String> tokens = Tokenizer.of(model.spec().level(), model.spec().lowercase()).tokenize(prompt);
        Set<String> unknown = new LinkedHashSet<>();
        int[] ids = new int[tokens.size()];
        for (int i = 0; i < ids.length; i++) {
            String token = tokens.get(i);
            ids[i] = vocabulary.id(token);
            if (!vocabulary.contains(token) || Vocabulary.isSpecial(ids[i])) {
                unknown.add(token.equals("\n") ? "\\n" : token);
            }
        }
        if (!unknown.isEmpty()) {
            throw new GenerationException("The prompt has " + (unknown.size() == 1 ? "a token" : "tokens")
                    + " not in the model's vocabulary: " + String.join(", ", unknown)
                    + ". Use words (or characters) that occur in the training text.");
        }
        return ids;
    }
}
