package quatrain.app.trainingui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;

/** The desktop opener's answer is kept: a missing opener or one that finds no browser fails the future. */
class BrowserTest {
    private static final String URL = "http://127.0.0.1:1/train/overview";

    @Test
    void anOpenerThatIsNotInstalledFails() {
        assertThatThrownBy(() -> Browser.command("quatrain-no-such-opener").open(URL).join())
                .isInstanceOf(CompletionException.class).hasMessageContaining("quatrain-no-such-opener is not installed");
    }

    @Test
    void anOpenerThatExitsWithAnErrorFails() {
        // As xdg-open does when no browser is installed (exit 3), here with a shell that exits 3.
        assertThatThrownBy(() -> Browser.command("sh", "-c", "exit 3", "xdg-open").open(URL).join())
                .isInstanceOf(CompletionException.class).hasMessageContaining("sh could not open a browser (exit 3)");
    }

    @Test
    void anOpenerThatTakesThePageSucceeds() {
        assertThat(Browser.command("true").open(URL).join()).isNull();
    }
}
