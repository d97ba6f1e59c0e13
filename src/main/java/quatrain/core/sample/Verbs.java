package quatrain.core.sample;

import java.util.List;

/**
 * Verbs as {@code base past participle [gerund]}; the third person and most gerunds follow from the rules
 * in {@link English}, the gerund is written out where the base doubles its last letter but the past does
 * not show it ({@code run ran run running}).
 */
final class Verbs {
    /** Verbs that need no object: "the tower shall fall", "the bishops tremble". */
    static final List<Verb> INTRANSITIVE = Words.verbs("""
            fall fell fallen, burn burned burned, weep wept wept, perish perished perished,
            tremble trembled trembled, flee fled fled, rise rose risen, wane waned waned,
            wither withered withered, kneel knelt knelt, sink sank sunk, drown drowned drowned,
            starve starved starved, mourn mourned mourned, rejoice rejoiced rejoiced,
            wander wandered wandered, linger lingered lingered, vanish vanished vanished,
            crumble crumbled crumbled, howl howled howled, sing sang sung, pray prayed prayed,
            sleep slept slept, wake woke woken, die died died, bleed bled bled, fade faded faded,
            freeze froze frozen, thaw thawed thawed, smoulder smouldered smouldered, blaze blazed blazed,
            falter faltered faltered, stumble stumbled stumbled, yield yielded yielded,
            surrender surrendered surrendered, rebel rebelled rebelled, riot rioted rioted,
            return returned returned, depart departed departed, arrive arrived arrived,
            march marched marched, sail sailed sailed, ride rode ridden, roam roamed roamed,
            wait waited waited, fast fasted fasted, feast feasted feasted, dance danced danced,
            groan groaned groaned, rage raged raged, shine shone shone, glimmer glimmered glimmered,
            darken darkened darkened, swell swelled swollen, dwindle dwindled dwindled,
            prosper prospered prospered, decay decayed decayed, rot rotted rotted, rust rusted rusted,
            sicken sickened sickened, quake quaked quaked, sway swayed swayed, totter tottered tottered,
            collapse collapsed collapsed, burst burst burst, bow bowed bowed, speak spoke spoken,
            cry cried cried, laugh laughed laughed, shudder shuddered shuddered, arise arose arisen,
            dwell dwelt dwelt, reign reigned reigned, triumph triumphed triumphed, fight fought fought,
            strive strove striven, struggle struggled struggled, err erred erred, sin sinned sinned,
            repent repented repented, fly flew flown, swim swam swum swimming, run ran run running,
            go went gone, wail wailed wailed, slumber slumbered slumbered, hunger hungered hungered,
            waver wavered wavered, tarry tarried tarried, abide abode abode, fester festered festered
            """);

    /** Verbs that take an object: "shall seize the crown", "betrayed at Varenne". */
    static final List<Verb> TRANSITIVE = Words.verbs("""
            seize seized seized, betray betrayed betrayed, slay slew slain, crown crowned crowned,
            besiege besieged besieged, sack sacked sacked, take took taken, hold held held,
            break broke broken, bind bound bound, free freed freed, poison poisoned poisoned,
            strangle strangled strangled, banish banished banished, exile exiled exiled,
            capture captured captured, ransom ransomed ransomed, plunder plundered plundered,
            ravage ravaged ravaged, scourge scourged scourged, deceive deceived deceived,
            flatter flattered flattered, corrupt corrupted corrupted, defend defended defended,
            guard guarded guarded, conquer conquered conquered, overthrow overthrew overthrown,
            depose deposed deposed, anoint anointed anointed, bless blessed blessed, curse cursed cursed,
            forsake forsook forsaken, abandon abandoned abandoned, sell sold sold, buy bought bought,
            steal stole stolen, hide hid hidden, bury buried buried, unearth unearthed unearthed,
            open opened opened, shut shut shut shutting, devour devoured devoured,
            swallow swallowed swallowed, wound wounded wounded, pierce pierced pierced,
            strike struck struck, smite smote smitten, scatter scattered scattered,
            gather gathered gathered, summon summoned summoned, command commanded commanded,
            forbid forbade forbidden forbidding, forgive forgave forgiven, avenge avenged avenged,
            praise praised praised, scorn scorned scorned, despise despised despised, mock mocked mocked,
            fear feared feared, love loved loved, covet coveted coveted, seek sought sought,
            find found found, lose lost lost, win won won winning, carry carried carried, bear bore borne,
            raise raised raised, kindle kindled kindled, quench quenched quenched, drink drank drunk,
            mend mended mended, build built built, raze razed razed, fortify fortified fortified,
            undermine undermined undermined, cross crossed crossed, divide divided divided,
            unite united united, rule ruled ruled, govern governed governed, tax taxed taxed,
            feed fed fed, shelter sheltered sheltered, pursue pursued pursued, behold beheld beheld,
            proclaim proclaimed proclaimed, foretell foretold foretold, reveal revealed revealed,
            conceal concealed concealed, judge judged judged, condemn condemned condemned,
            behead beheaded beheaded, imprison imprisoned imprisoned, release released released,
            shake shook shaken, scorch scorched scorched, trample trampled trampled, tear tore torn,
            rend rent rent, shield shielded shielded, spare spared spared, save saved saved,
            ruin ruined ruined, honour honoured honoured, usurp usurped usurped, inherit inherited inherited,
            claim claimed claimed, lay laid laid, bring brought brought, send sent sent, lead led led,
            follow followed followed, guide guided guided, mislead misled misled, drive drove driven,
            chase chased chased, hunt hunted hunted, snare snared snared, tame tamed tamed,
            storm stormed stormed, assail assailed assailed, ambush ambushed ambushed,
            waylay waylaid waylaid, forget forgot forgotten forgetting, remember remembered remembered,
            besmirch besmirched besmirched, ensnare ensnared ensnared, bewitch bewitched bewitched,
            dethrone dethroned dethroned, enthrone enthroned enthroned, forswear forswore forsworn,
            surround surrounded surrounded, abduct abducted abducted, chain chained chained
            """);

    private Verbs() {
    }
}
