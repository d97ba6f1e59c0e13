package quatrain.core.sample;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishTest {

    @Test
    void pluralsFollowTheSpellingRules() {
        assertThat(English.plural("tower")).isEqualTo("towers");
        assertThat(English.plural("church")).isEqualTo("churches");
        assertThat(English.plural("compass")).isEqualTo("compasses");
        assertThat(English.plural("monastery")).isEqualTo("monasteries");
        assertThat(English.plural("abbey")).isEqualTo("abbeys");
    }

    @Test
    void thirdPersonAndGerundFollowTheSpellingRules() {
        assertThat(English.thirdPerson("cry")).isEqualTo("cries");
        assertThat(English.thirdPerson("pray")).isEqualTo("prays");
        assertThat(English.thirdPerson("bless")).isEqualTo("blesses");
        assertThat(English.thirdPerson("go")).isEqualTo("goes");
        assertThat(English.gerund("die", "died")).isEqualTo("dying");
        assertThat(English.gerund("rise", "rose")).isEqualTo("rising");
        assertThat(English.gerund("flee", "fled")).isEqualTo("fleeing");
        assertThat(English.gerund("rebel", "rebelled")).isEqualTo("rebelling");
        assertThat(English.gerund("open", "opened")).isEqualTo("opening");
    }

    @Test
    void articleFollowsTheSoundOfTheNextWord() {
        assertThat(English.fixArticles("a eagle and an wolf")).isEqualTo("an eagle and a wolf");
        assertThat(English.fixArticles("A owl, a hour, an one-eyed king, a unicorn"))
                .isEqualTo("An owl, an hour, a one-eyed king, a unicorn");
    }

    @Test
    void capitaliseTouchesOnlyTheFirstLetter() {
        assertThat(English.capitalise("the old king of Varenne")).isEqualTo("The old king of Varenne");
        assertThat(English.capitalise("")).isEmpty();
    }
}
