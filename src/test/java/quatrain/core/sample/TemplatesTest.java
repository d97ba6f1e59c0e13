package quatrain.core.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class TemplatesTest {

    @Test
    void everyTemplateFillsWithKnownSlotsAndLeavesNoBraces() {
        List<String> all = new ArrayList<>(Templates.OPENINGS);
        all.addAll(Templates.MIDDLES);
        all.addAll(Templates.CLOSINGS);
        Slots slots = new Slots(new Random(1));

        for (String template : all) {
            for (int i = 0; i < 20; i++) {
                slots.newScene();
                assertThat(slots.expand(template)).as(template).doesNotContain("{", "}");
            }
        }
    }

    @Test
    void templatesAreNotListedTwice() {
        for (List<String> pool : List.of(Templates.OPENINGS, Templates.MIDDLES, Templates.CLOSINGS)) {
            assertThat(pool).doesNotHaveDuplicates();
        }
    }
}
