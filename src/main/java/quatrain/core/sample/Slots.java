package quatrain.core.sample;

import java.util.List;
import java.util.Random;

/**
 * Fills the slots of a template. Scene slots ({P}, {R}, {L}, {F}, {O}) repeat what the quatrain is about;
 * every other slot draws from its word list. A filled slot may hold slots of its own (a crowd is "the men
 * of {town}"), which are filled in turn.
 */
final class Slots {
    private static final double SPECIAL_FIGURE = 0.15;
    private static final double WOMAN = 0.25;

    private final Random random;
    private Scene scene;

    Slots(Random random) {
        this.random = random;
    }

    /** Chooses what the next quatrain is about. */
    Scene newScene() {
        scene = new Scene(pick(Places.TOWNS), "the " + pick(Places.RIVERS), pick(Places.LANDS), figure(),
                pick(Lexicon.OMENS));
        return scene;
    }

    String expand(String template) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                out.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            out.append(template, i, open);
            out.append(expand(fill(template.substring(open + 1, close))));
            i = close + 1;
        }
        return out.toString();
    }

    private String fill(String slot) {
        int dot = slot.indexOf('.');
        if (dot > 0 && (slot.startsWith("vi") || slot.startsWith("vt"))) {
            return verb(slot.substring(0, dot)).form(slot.substring(dot + 1));
        }
        return switch (slot) {
            case "P" -> scene.town();
            case "R" -> scene.river();
            case "L" -> scene.land();
            case "O" -> scene.omen();
            case "F" -> scene.figure().phrase();
            case "F's" -> scene.figure().possessive();
            case "F.he" -> scene.figure().he();
            case "F.his" -> scene.figure().his();
            case "F.him" -> scene.figure().him();
            case "vi", "vt" -> verb(slot).base();
            case "town" -> pick(Places.TOWNS);
            case "river" -> "the " + pick(Places.RIVERS);
            case "mount" -> pick(Places.MOUNTAINS);
            case "land" -> pick(Places.LANDS);
            case "sea" -> pick(Places.SEAS);
            case "saint" -> pick(Places.SAINTS);
            case "place" -> place();
            case "fig" -> figure().phrase();
            case "fig's" -> figure().possessive();
            case "title" -> title().one();
            case "titles" -> title().many();
            case "fadj" -> pick(People.ADJECTIVES);
            case "host" -> pick(People.HOSTS);
            case "omen" -> pick(Lexicon.OMENS);
            case "calamity" -> pick(Lexicon.CALAMITIES);
            case "abstract" -> pick(Lexicon.ABSTRACTS);
            case "thing" -> pick(Lexicon.THINGS).one();
            case "things" -> pick(Lexicon.THINGS).many();
            case "hall" -> pick(Lexicon.HALLS).one();
            case "halls" -> pick(Lexicon.HALLS).many();
            case "wild" -> pick(Lexicon.WILDS).one();
            case "wilds" -> pick(Lexicon.WILDS).many();
            case "beast" -> pick(Lexicon.BEASTS).one();
            case "beasts" -> pick(Lexicon.BEASTS).many();
            case "plant" -> pick(Lexicon.PLANTS).one();
            case "plants" -> pick(Lexicon.PLANTS).many();
            case "limb" -> pick(Lexicon.LIMBS).one();
            case "limbs" -> pick(Lexicon.LIMBS).many();
            case "sky" -> pick(Lexicon.SKY);
            case "adj" -> pick(Lexicon.ADJECTIVES);
            case "colour" -> pick(Lexicon.COLOURS);
            case "adv" -> pick(Lexicon.ADVERBS);
            case "count" -> pick(Reckoning.COUNTS);
            case "ord" -> pick(Reckoning.ORDINALS);
            case "day" -> pick(Reckoning.DAYS);
            case "season" -> pick(Reckoning.SEASONS);
            case "month" -> pick(Reckoning.MONTHS);
            case "hour" -> pick(Reckoning.HOURS);
            case "dir" -> pick(Reckoning.DIRECTIONS);
            case "dirn" -> pick(Reckoning.DIRECTIONAL);
            default -> throw new IllegalArgumentException("unknown slot {" + slot + "}");
        };
    }

    private Verb verb(String kind) {
        return switch (kind) {
            case "vi" -> pick(Verbs.INTRANSITIVE);
            case "vt" -> pick(Verbs.TRANSITIVE);
            default -> throw new IllegalArgumentException("unknown verb slot {" + kind + "}");
        };
    }

    private String place() {
        int r = random.nextInt(4);
        return switch (r) {
            case 0, 1 -> pick(Places.TOWNS);
            case 2 -> pick(Places.LANDS);
            default -> pick(Places.NAMELESS);
        };
    }

    private Noun title() {
        return random.nextDouble() < WOMAN ? pick(People.WOMEN) : pick(People.TITLES);
    }

    /** "the one-eyed regent", "the widow of Serrat", "the great one of the north". */
    private Figure figure() {
        if (random.nextDouble() < SPECIAL_FIGURE) {
            return pick(People.SPECIAL_FIGURES);
        }
        boolean female = random.nextDouble() < WOMAN;
        String title = female ? pick(People.WOMEN).one() : pick(People.TITLES).one();
        String head = random.nextInt(4) == 0 ? title : pick(People.ADJECTIVES) + " " + title;
        String phrase = "the " + head;
        int tail = random.nextInt(10);
        if (tail < 2) {
            phrase += " of " + pick(Places.TOWNS);
        } else if (tail == 2) {
            phrase += " of the " + pick(Reckoning.DIRECTIONS);
        }
        return new Figure(phrase, "the " + head + "'s", female);
    }

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
