package quatrain.app.trainingui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageTest {
    @Test
    void aPageIsKnownByItsPathWhateverTheServer() {
        assertThat(Page.of("http://127.0.0.1:4711/train/overview")).contains(Page.OVERVIEW);
        assertThat(Page.of("http://127.0.0.1:1/train/model")).contains(Page.MODEL);
        assertThat(Page.of("http://127.0.0.1:1/train/system?x=1")).contains(Page.SYSTEM);
    }

    @Test
    void otherAddressesAreNoPage() {
        assertThat(Page.of("about:blank")).isEmpty();
        assertThat(Page.of("http://127.0.0.1:1/train/model/graph")).isEmpty();
        assertThat(Page.of("not a url")).isEmpty();
        assertThat(Page.of(null)).isEmpty();
    }
}
