package quatrain.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordTokenizerTest {
    private final WordTokenizer lower = new WordTokenizer(true);

    @Test
    void lowerCasesAndSplitsPunctuationIntoItsOwnTokens() {
        assertThat(lower.tokenize("Nancy, the KING; falls!")).containsExactly("nancy", ",", "the", "king", ";", "falls", "!");
    }

    @Test
    void keepsApostrophesAndHyphensInsideWords() {
        assertThat(lower.tokenize("O'er the twice-born king's gate - 'tis")).containsExactly("o'er", "the", "twice-born",
                "king's", "gate", "-", "'", "tis");
    }

    @Test
    void keepsCaseWhenAsked() {
        assertThat(new WordTokenizer(false).tokenize("Lyon burns")).containsExactly("Lyon", "burns");
    }

    @Test
    void turnsLineBreaksIntoNewlineTokensButNotAtTheEdges() {
        assertThat(lower.tokenize("\nfirst line,\n\nsecond line\n")).containsExactly("first", "line", ",",
                Vocabulary.NEWLINE, "second", "line");
    }

    @Test
    void handlesAccentsAndDigits() {
        assertThat(lower.tokenize("Ch\u00e2teau 1555 \u00e9t\u00e9")).containsExactly("ch\u00e2teau", "1555", "\u00e9t\u00e9");
    }

    @Test
    void hasTokensExactlyWhenTokenizingGivesSome() {
        for (String text : new String[] {"", "\n\n", " \t", "\u00a0\u2007", "\u0001\u0002", "\u3000\n\u00a0", "a",
            "\u00a0,", "\n-\n", "\u0301"}) {
            assertThat(lower.hasTokens(text)).as("\"%s\"", text).isEqualTo(!lower.tokenize(text).isEmpty());
        }
    }
}
