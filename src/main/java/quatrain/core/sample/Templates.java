package quatrain.core.sample;

import java.util.List;

/**
 * Line templates. A slot in braces is filled by {@link Slots}: upper-case slots ({P}, {R}, {L}, {F}, {O})
 * stay the same within a quatrain, the others are drawn afresh each time. A template may end in "?" or "!";
 * otherwise {@link QuatrainWriter} chooses how the line ends.
 */
final class Templates {
    /** First lines: a time, a place or a sign. */
    static final List<String> OPENINGS = Words.phrases("""
            When {O} is seen above {P}
            When {O} appears over {R}
            In the {ord} year of the {fadj} {title}
            The year {R} runs {colour}
            From {L} comes {fig}, {fadj} and {fadj}
            At {hour}, when the bells of {P} are still
            {count} days before the feast of {saint}
            Near {P}, where {R} bends toward the {dir}
            In {month}, when the {beasts} leave the {wild}
            Under {O}, in the {season} of {abstract}
            {F} shall see {O}
            Before the {season} is out, {O}
            O {P}, {P} of the {adj} {halls}
            Once more the {beast} shall cry at {hour}
            When {count} {titles} meet at {P}
            The {colour} star o'er {mount}
            Where {R} meets {sea}
            In the {season} of the {fadj} {title}
            At {hour} in {P}, {O}
            When {host} go down to {R}
            Long after {O}, long before the {calamity}
            The {ord} {title} since the {calamity}
            Mark it well: {O} in {month}
            When the {beast} is crowned and the {beast} {vt.en}
            Hear, {P}! The {sky} comes at {hour}
            {F}, {fadj}, out of {L}
            Seek not {P} in the {season}
            Is it {O}, or {sky} o'er {P}?
            Upon the {adj} {wild} near {P}
            On the eve of {saint}, at {hour}
            {count} times the {beast} shall call from {mount}
            When the {plants} of {P} bloom in {month}
            After the {calamity} and the {calamity}
            In the {ord} age, when {abstract} is sold
            When {F} is old and {P} is young
            The bell of {P} shall ring at {hour}
            When the {sky} lies heavy on {R}
            Out of the {dir} a {fadj} {title}
            Where the {wilds} of {L} turn {colour}
            Ere the {season}, ere the {calamity}
            Let {P} beware the {day} of {month}
            When {sea} gives up its {things}
            Beneath the {colour} moon of {month}
            {fadj} and {fadj}, {F} awakes
            When they dig beneath the {hall} of {P}
            In the days of {fig}
            While {F} {vi.s} in {P}
            Not in {month}, but when {O} returns
            From the {wilds} beyond {R}
            When {P} and {town} share one {thing}
            When salt is dearer than gold in {P}
            When no {beast} is left in {L}
            At the {ord} crossing of {R}
            In the month of {abstract}, by the {colour} {hall}
            """);

    /** Middle lines: who does what to whom. */
    static final List<String> MIDDLES = Words.phrases("""
            {F} shall {vt} the {thing} of {town}
            {F} {vt.s} {fig}
            {fig} {vi.s} beside {R}
            The {things} of {P} {vt.en} by {fig}
            {host} shall {vi} in the {hall} of {P}
            {F's} {thing} {vt.en}, {F.his} {thing} {vt.en}
            The {beast} and the {beast} shall {vi} together
            {sky} in the {hall}, {calamity} in the {hall}
            {count} {titles} {vt.en} at {town}
            The {fadj} {title} {vi.ed} o'er {R}
            And {F.he} who {vt.ed} the {thing} shall {vi}
            Neither {thing} nor {thing} shall save {P}
            {vi.ing} in the {wild}, the {fadj} {title}
            {R} shall carry {count} {things} to {sea}
            {host} {vt} the {hall} with {sky} and {sky}
            {F} ne'er shall see {sea} again
            The {colour} {beast} o'er the {colour} {beast}
            From {mount} {host} shall {vi}
            {town} and {town} {vt.en}, {town} {vi.ing}
            The {thing} {vt.en} beneath the {hall} of {town}
            A {adj} {thing} found in the {wild} of {P}
            {fig's} {things} shall {vi} in the {season}
            Between {R} and {mount}, {abstract}
            {F} will {vt} what {F.he} once {vt.ed}
            E'en the {fadj} {titles} shall {vi}
            Their {things} {colour}, their {things} {vt.en}
            The {beasts} shall {vt} the {things} of the {titles}
            {fig} with {count} {things} at {P}'s gate
            And none shall {vt} the {thing} of {F}
            For {count} moons the {hall} shall {vi}
            The {ord} shall {vt} the {ord}
            {P}, {P}: thy {things} shall be {vt.en}
            The {sky} shall {vi} upon the {halls} of {P}
            {F} in {colour}, {fig} in {colour}
            {host}, {fadj} and {fadj}, cross {R}
            The {thing} of {saint} shall be {vt.en}
            One {title} {vi.s}, another {vi.s}
            What the {beast} {vt.ed}, the {beast} shall {vt}
            {thing} and {thing}, {sky} and {abstract}
            By {count} {things} shall {F} be known
            {F} shall hide {F.his} {thing} in the {wild}
            Half the {halls} {vt.en}, half {vi.ing}
            A {fadj} {title} shall come out of {land}
            {fig} and {fig}, divided by {R}
            {fig} shall not {vi} till {O} returns
            Where the {plants} grow {adj} by {R}
            The {abstract} of {P} shall last {count} years
            The {beast} of {land} shall {vt} the {beast} of {land}
            {F} {vi.s} {adv}; {fig} {vi.s}
            The {hall} of {P} {vt.en} {adv}
            {F.his} {limb} {vt.en}, {F.his} {abstract} {vt.en}
            {F.he} shall {vt} the {titles} with {thing} and {thing}
            O'er {wild} and {wild} the {beasts} {vi}
            The {titles} {vi} {adv} at {hour}
            {count} {beasts} seen upon the {hall} of {P}
            The {fadj} one {vt.s} the {thing} of {L}
            {town} {vt.en}, {town} {vt.en}, {town} forgotten
            Fire from {mount}, {calamity} from {sea}
            The {limbs} of the {titles} {vt.en} in {P}
            {F} shall {vt} {fig} by the {wild}
            {host} {vi.ed} when the {sky} came
            The {thing} shall pass from {fig} to {fig}
            {F} with a {adj} {thing} in {F.his} hand
            Into the {wild} flee {host}
            The {things} of {P} are counted and found {adj}
            {F.he} who was {vt.en} shall be {vt.en}
            A {beast} in the {hall}, a {beast} on the {thing}
            The {adj} {title} rides {adv} to {town}
            Behind the {hall}, the {beasts} keep watch
            The {colour} {thing} shall hang in the {hall} of {town}
            Where once {fig} {vi.ed}, {beasts} shall {vi}
            The seal of {town} upon the {thing} of {P}
            {adj} {abstract} and {adj} {abstract} in {P}
            They shall {vt} the {thing}, they shall {vt} the {thing}
            {F's} {limb} upon the {thing} of {town}
            Sworn at {town}, {vt.en} at {town}
            {host} shall march {adv} from {place}
            And from {place} comes {fig}
            {F} and {fig} shall {vt} the {hall}
            The road to {town} {vt.en} by the {beasts}
            {count} {colour} {things} in the {hall} of {P}
            In {place} the {titles} {vi}
            Who shall {vt} the {thing} when {F.he} is gone?
            Alas for {P}, alas for the {titles}!
            The {fadj} {title}, twice {vt.en}, {vi.s} at last
            No {thing}, no {thing}, no {abstract} for {P}
            """);

    /** Last lines: the outcome, the warning, the question left open. */
    static final List<String> CLOSINGS = Words.phrases("""
            And {P} shall weep for {count} years
            Then the {adj} {thing} shall {vi} no more
            Who then shall hold the {thing} of {P}?
            Woe to {town}, woe to {R}!
            {abstract} and {abstract} until the {ord} moon
            The {title} is {vt.en}, and {P} is free
            So ends the reign of {fig}
            None shall know whence came the {thing}
            And the {beasts} shall feast on {F's} {thing}
            {P} shall not rise again for {count} ages
            Then {abstract}, long awaited, at last
            {R} will remember what {P} forgets
            Blood on the {thing}, salt on the {wild}!
            Will {F} return? Never to {P}
            Thus {O} foretold it; thus it shall be
            {count} shall {vi}, and {count} shall {vi}
            The {hall} stands empty o'er {R}
            Till the {beast} sits on the throne of {P}
            What is {vt.en} in {month} is {vt.en} in {month}
            And the {ord} {title} shall be the last
            Is this not the {abstract} that was promised?
            Pray, {P}, for the {season} is near!
            The {sky} shall cover all, and none shall {vi}
            And {F.he} shall ne'er be {vt.en} again
            The {thing} returns to {town}, {adv}
            {abstract} for the {titles}, {abstract} for the poor
            So {F} {vi.s}, and so the {hall} {vi.s}
            Then {abstract} o'er {L} for {count} years
            The {things} of {P} shall {vi} in {abstract}
            And none shall tell where {F.he} lies
            Who shall {vt} {F} when {O} returns?
            Let {P} remember, and let {town} {vi}
            After, {abstract}; and after that, {abstract}
            For {count} days the {beasts} shall {vi}
            The last {thing} of {P} {vt.en} by {fig}
            And {R} shall run {colour} to {sea}
            O {town}, what {thing} e'er could save thee?
            {F's} {abstract} shall be {P}'s {abstract}
            All this ere {season} comes to {L}
            So it is written on the {thing} of {saint}
            Then comes {abstract}, and none shall {vt} it
            And {host} shall sing no more
            Until the {plants} grow o'er the {hall}
            The {ord} {title} shall find the {thing}
            And the {beast} shall {vi} where the {title} {vi.ed}
            Behold: the {thing} of {P} is {vt.en}!
            Why do the {titles} {vi}? For the {thing} of {P}
            Remember {P}, and the {abstract} of {F}
            And {L} shall know {abstract} no more
            The {colour} {beast} shall {vt} the {colour} {beast}
            Such is the {abstract} of {F}, such the {abstract} of {P}
            """);

    private Templates() {
    }
}
