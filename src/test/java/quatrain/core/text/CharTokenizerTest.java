package quatrain.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharTokenizerTest {
    @Test
    void oneTokenPerCharacterLowerCasedWithTabsAsSpaces() {
        assertThat(new CharTokenizer(true).tokenize("Ab\tc\n")).containsExactly("a", "b", " ", "c", "\n");
    }

    @Test
    void keepsSupplementaryCharactersWhole() {
        assertThat(new CharTokenizer(false).tokenize("a\uD83D\uDD25")).containsExactly("a", "\uD83D\uDD25");
    }
}
