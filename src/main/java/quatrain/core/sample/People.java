package quatrain.core.sample;

import java.util.List;

/** Rulers, clergy, soldiers and common folk, and the crowds they lead. */
final class People {
    static final List<Noun> TITLES = Words.nouns("""
            king prince pontiff chief duke count baron margrave bishop cardinal abbot monk friar hermit priest
            prophet seer astrologer alchemist physician merchant banker admiral captain marshal general consul
            tribune senator magistrate judge steward chancellor treasurer emperor tyrant usurper regent heir
            orphan pretender shepherd ploughman:ploughmen fisherman:fishermen smith mason weaver miller soldier
            archer herald envoy ambassador spy traitor exile pilgrim beggar madman:madmen fool jester poet
            scholar lord knight squire page brother twin stranger foreigner conqueror liberator deceiver
            captive prisoner hostage bridegroom father son elder sage magus:magi warlord corsair pirate bandit
            brigand rebel heretic zealot preacher inquisitor executioner gaoler warden governor prefect satrap
            doge cobbler tanner vintner ferryman:ferrymen boatman:boatmen bell-ringer grave-digger
            torch-bearer sword-bearer oath-breaker king-maker
            """);

    static final List<Noun> WOMEN = Words.nouns("""
            queen princess duchess countess abbess nun widow empress lady sibyl bride mother daughter sister
            maid midwife:midwives sorceress prioress dowager heiress matron shepherdess
            """);

    /** Adjectives that suit a person: "the one-eyed regent", "the widow, pale and silent". */
    static final List<String> ADJECTIVES = Words.words("""
            old young great little red black white grey pale lame blind one-eyed bearded crowned exiled false
            feeble proud cruel gentle wise mad last first new hidden northern southern eastern western foreign
            bald long-haired twice-born silent weeping trembling cunning barren beloved hated forgotten wounded
            dying sleeping grey-bearded silver-tongued three-crowned thrice-cursed new-crowned low-born
            high-born bare-headed hollow-eyed black-robed white-robed gold-crowned lion-hearted red-handed
            scarred stooping stammering left-handed lean pious impious sickly valiant luckless haughty humble
            masked hooded nameless drowned sainted childless famished fevered sleepless bold fair swarthy
            """);

    /** Figures with a fixed phrase: {@code phrase ; possessive ; m|f}. */
    private static final List<String> SPECIAL = Words.phrases("""
            the great one of the north ; the great one's ; m
            the child of the comet ; the comet-child's ; m
            the lady of the lamps ; the lady's ; f
            the man with the iron hand ; the iron-handed man's ; m
            the one who hides ; the hidden one's ; m
            the stranger from the sea ; the sea-stranger's ; m
            the shepherd-king ; the shepherd-king's ; m
            the last of the old line ; the last heir's ; m
            the woman clothed in grey ; the grey woman's ; f
            the boy with the golden mark ; the marked boy's ; m
            the rider on the white mare ; the rider's ; m
            the priest without a tongue ; the tongueless priest's ; m
            the king beneath the hill ; the buried king's ; m
            the twice-crowned queen ; the twice-crowned queen's ; f
            the heir of two houses ; the heir's ; m
            the captain of the black ships ; the captain's ; m
            the sleeper under the tower ; the sleeper's ; m
            the old woman of the well ; the old woman's ; f
            the mother of nine ; the mother's ; f
            the keeper of the keys ; the keeper's ; m
            the bearer of the red staff ; the staff-bearer's ; m
            """);

    static final List<Figure> SPECIAL_FIGURES = SPECIAL.stream().map(People::figure).toList();

    /** Crowds, as plural noun phrases; the slots inside are filled in turn. */
    static final List<String> HOSTS = Words.phrases("""
            the men of {town} | the women of {town} | the {dirn} legions | the {titles} of {land}
            {count} {titles} | the {fadj} {titles} | the {colour} ships | the {colour} shields
            the {colour} banners | the {colour} hoods | the people of {P} | the dead of {town} | the hungry
            the faithful | the heretics of {town} | the horsemen of the {dir} | the {beasts} of {mount}
            the archers of {town} | the pilgrims | the {count} brothers | the children of {P} | the bells of {town}
            the sons of {fig} | the widows of {town} | the oarsmen of {sea} | the masons of {town}
            the black friars | the merchants of {town} | the mercenaries | the peasants of {land}
            """);

    private People() {
    }

    private static Figure figure(String spec) {
        String[] f = spec.split(";");
        return new Figure(f[0].strip(), f[1].strip(), f[2].strip().equals("f"));
    }
}
