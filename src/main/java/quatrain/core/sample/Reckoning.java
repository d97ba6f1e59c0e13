package quatrain.core.sample;

import java.util.List;

/** Numbers, times and directions: the prophet's way of dating and placing things. */
final class Reckoning {
    /**
     * Cardinals for "{count} days"; the small ones are listed more than once so they come up more often,
     * as they do in the genre.
     */
    static final List<String> COUNTS = Words.phrases("""
            two | three | three | four | five | seven | seven | nine | nine | ten | twelve | twelve
            two | three | six | eight | eleven | thirteen | fourteen | fifteen | sixteen | seventeen
            eighteen | nineteen | twenty | thirty | forty | fifty | sixty | seventy | eighty | ninety
            a hundred | three hundred | a thousand | three score | twice seven | thrice three
            """);

    static final List<String> ORDINALS = Words.words("""
            first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth
            twentieth thirtieth fortieth hundredth thousandth last
            """);

    /** Ordinals that can name a day of the month. */
    static final List<String> DAYS = Words.words("""
            first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth
            twentieth thirtieth last
            """);

    static final List<String> SEASONS = Words.words("""
            spring summer autumn winter harvest vintage midsummer midwinter sowing thaw
            """);

    static final List<String> MONTHS = Words.words("""
            January February March April May June July August September October November December
            """);

    /** Times of day, usable after "at". */
    static final List<String> HOURS = Words.phrases("""
            dawn | daybreak | noon | dusk | twilight | nightfall | midnight | vespers | matins | compline
            lauds | cockcrow | moonrise | sunset | sunrise | first light | the ninth hour | the third hour
            the evening bell | the turning of the tide | the changing of the guard
            """);

    static final List<String> DIRECTIONS = Words.words("north south east west");

    static final List<String> DIRECTIONAL = Words.words("northern southern eastern western");

    private Reckoning() {
    }
}
