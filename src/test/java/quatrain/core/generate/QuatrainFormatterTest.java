package quatrain.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import quatrain.core.spec.TokenLevel;

class QuatrainFormatterTest {

    private static List<String> words(String spaced) {
        return Arrays.asList(spaced.trim().split(" +"));
    }

    private static List<String> format(String spaced) {
        return QuatrainFormatter.formatWords(words(spaced)).lines();
    }

    @Test
    void reattachesPunctuationAndCapitalisesLineStarts() {
        assertThat(format("nancy , the king <nl> shall fall ; <nl> and rise : <nl> the end ."))
                .containsExactly("Nancy, the king", "Shall fall;", "And rise:", "The end.");
    }

    @Test
    void attachesOpeningBracketsToTheNextWord() {
        assertThat(format("a king ( twice-born ) [ o'er ] all <nl> b <nl> c <nl> d"))
                .first().isEqualTo("A king (twice-born) [o'er] all");
    }

    @Test
    void alternatesStraightDoubleQuotes() {
        assertThat(format("he said \" go now , \" and \" stay \" <nl> b <nl> c <nl> d"))
                .first().isEqualTo("He said \"go now,\" and \"stay\"");
    }

    @Test
    void keepsDoubleQuotesBalancedAcrossLines() {
        assertThat(format("she cried \" fire <nl> in the west \" <nl> c <nl> d"))
                .containsExactly("She cried \"fire", "In the west\"", "C", "D");
    }

    @Test
    void attachesApostrophesToTheWordBeforeExceptAtALineStart() {
        assertThat(format("the kings ' crowns <nl> ' tis done <nl> c <nl> d"))
                .startsWith("The kings' crowns", "'Tis done");
    }

    @Test
    void keepsOnlyTheStrongestOfARunOfMarks() {
        assertThat(format("in siena , ; , and rome <nl> he fell , . then rose <nl> what ? ! now <nl> so : , on"))
                .containsExactly("In siena; and rome", "He fell. Then rose", "What? Now", "So: on");
    }

    @Test
    void keepsAnEllipsisWrittenAsDotsButNoLongerOne() {
        assertThat(format("and then . . . silence <nl> . . . . more <nl> c <nl> d").get(0))
                .isEqualTo("And then... Silence");
        assertThat(format("a b . . . . c <nl> x <nl> y <nl> z").get(0)).isEqualTo("A b... C");
    }

    @Test
    void dropsMarksWithNoWordBeforeThem() {
        assertThat(format(", and the king <nl> ( ; twice ) born <nl> \" , go \" <nl> d"))
                .containsExactly("And the king", "(Twice) born", "\"Go\"", "D");
    }

    @Test
    void anApostropheAfterAMarkOpensTheNextWord() {
        assertThat(format("o , ' tis the hour ; ' twas not <nl> the kings ' crowns <nl> c <nl> d"))
                .startsWith("O, 'tis the hour; 'twas not", "The kings' crowns");
    }

    @Test
    void capitalisesSentenceStartsInsideALine() {
        assertThat(format("the sun fell . then night ! who knows ? none <nl> b <nl> c <nl> d"))
                .first().isEqualTo("The sun fell. Then night! Who knows? None");
    }

    @Test
    void capitalisesPronounI() {
        assertThat(format("and i said i'll go <nl> so i’m here <nl> if i , alone <nl> in iron"))
                .containsExactly("And I said I'll go", "So I’m here", "If I, alone", "In iron");
    }

    @Test
    void honoursLineBreakTokens() {
        assertThat(format("one two <nl> three four five <nl> six <nl> seven eight"))
                .containsExactly("One two", "Three four five", "Six", "Seven eight");
    }

    @Test
    void ignoresEmptyLines() {
        assertThat(format("<nl> one <nl> <nl> two <nl> three <nl> four <nl>"))
                .containsExactly("One", "Two", "Three", "Four");
    }

    @Test
    void splitsTheLongestLineAtPunctuationNearItsMiddleWhenTooFewLines() {
        assertThat(format("the great king falls , and the fire burns <nl> short line"))
                .containsExactly("The great", "King falls,", "And the fire burns", "Short line");
        assertThat(format("the king falls , and the great fire burns <nl> short line <nl> x"))
                .containsExactly("The king falls,", "And the great fire burns", "Short line", "X");
    }

    @Test
    void splitsAtTheMiddleWordWhenNoPunctuationIsNear() {
        assertThat(format("a b c d e f g h <nl> m n o p"))
                .containsExactly("A b", "C d", "E f g h", "M n o p");
    }

    @Test
    void stopsSplittingAtOneWordLines() {
        assertThat(format("alone <nl> again")).containsExactly("Alone", "Again");
    }

    @Test
    void joinsExtraLinesIntoTheFourth() {
        assertThat(format("a <nl> b <nl> c <nl> d <nl> e , f <nl> g"))
                .containsExactly("A", "B", "C", "D e, f g");
    }

    @Test
    void splitsIntoFourLinesAtPunctuationWhenNoLineBreaks() {
        List<String> lines = format("the king of the east , shall fall in fire and blood ; "
                + "the moon shall turn to ash . and nancy weeps by the sea");
        assertThat(lines).containsExactly("The king of the east,", "Shall fall in fire and blood;",
                "The moon shall turn to ash.", "And nancy weeps by the sea");
    }

    @Test
    void splitsIntoEqualLinesWhenNoLineBreaksAndNoPunctuation() {
        assertThat(format("a b c d e f g h j k l m n o p q"))
                .containsExactly("A b c d", "E f g h", "J k l m", "N o p q");
    }

    @Test
    void makesOneWordLinesFromFewerThanFourWords() {
        assertThat(format("nancy , the king")).containsExactly("Nancy,", "The", "King");
    }

    @Test
    void formatsCharacterTextWithItsLineBreaks() {
        FormattedQuatrain q = QuatrainFormatter.formatCharacters("  the king   is dead,\nlong live\n\nthe king!\nso i say ");
        assertThat(q.lines()).containsExactly("The king is dead,", "Long live", "The king!", "So I say");
    }

    @Test
    void formatsCharacterTextWithoutLineBreaksIntoFourLines() {
        FormattedQuatrain q = QuatrainFormatter.formatCharacters("a b c d, e f g h m n o p");
        assertThat(q.lines()).containsExactly("A b c d,", "E f g", "H m n", "O p");
    }

    @Test
    void formatsCharacterTokensThroughTheLevel() {
        List<String> chars = "one\ntwo\nthree\nfour".chars().mapToObj(c -> String.valueOf((char) c)).toList();
        assertThat(QuatrainFormatter.format(chars, TokenLevel.CHAR).text()).isEqualTo("One\nTwo\nThree\nFour");
    }

    @Test
    void textJoinsLinesWithNewlines() {
        assertThat(QuatrainFormatter.formatWords(words("a <nl> b <nl> c <nl> d")).text()).isEqualTo("A\nB\nC\nD");
    }

    @Test
    void givesNoLinesForEmptyInput() {
        assertThat(QuatrainFormatter.formatWords(List.of()).lines()).isEmpty();
        assertThat(QuatrainFormatter.formatWords(List.of("<nl>", "<nl>")).lines()).isEmpty();
        assertThat(QuatrainFormatter.formatCharacters("").lines()).isEmpty();
        assertThat(QuatrainFormatter.formatCharacters(" \n  \n").text()).isEmpty();
    }

    @Test
    void closesTheLastLineWithAFullStopUnlessItAlreadyEnds() {
        assertThat(QuatrainFormatter.endSentence("And the river burns,")).isEqualTo("And the river burns.");
        assertThat(QuatrainFormatter.endSentence("And the river burns")).isEqualTo("And the river burns.");
        assertThat(QuatrainFormatter.endSentence("What burns?")).isEqualTo("What burns?");
        assertThat(QuatrainFormatter.endSentence("It burns!")).isEqualTo("It burns!");
        assertThat(QuatrainFormatter.endSentence("He said \"burn.\"")).isEqualTo("He said \"burn.\"");
    }
}
