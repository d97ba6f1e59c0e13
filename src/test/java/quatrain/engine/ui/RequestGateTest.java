package quatrain.engine.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RequestGateTest {
    private static final int PORT = 4321;
    private static final Set<String> FILES = Set.of("deeplearning4jUiAssets/js/train/train.js",
            "META-INF/resources/webjars/flot/0.8.3/jquery.flot.js");
    private final RequestGate gate = new RequestGate(FILES::contains);

    private Optional<RequestGate.Refusal> check(String method, String uri, String... headers) {
        Map<String, List<String>> map = new HashMap<>();
        map.put("host", List.of("127.0.0.1:" + PORT));
        for (int i = 0; i < headers.length; i += 2) {
            map.put(headers[i].toLowerCase(), List.of(headers[i + 1]));
        }
        return gate.check(method, uri, name -> map.getOrDefault(name.toLowerCase(), List.of()), PORT);
    }

    private Integer status(String method, String uri, String... headers) {
        return check(method, uri, headers).map(RequestGate.Refusal::status).orElse(null);
    }

    @Test
    void theTrainingPagesTheirDataAndExistingAssetsPass() {
        for (String uri : List.of("/", "/train", "/train/overview", "/train/model/", "/train/system",
                "/train/overview/data", "/train/model/graph", "/train/model/data/gru-1", "/train/system/data",
                "/train/sessions/current", "/train/sessions/info", "/train/sessions/set/run%20one",
                "/train/sessions/lastUpdate/x", "/train/multisession", "/train/workers/setByIdx/0", "/setlang/de",
                "/assets/js/train/train.js?_=1", "/assets/webjars/flot/0.8.3/jquery.flot.js")) {
            assertThat(check("GET", uri)).as(uri).isEmpty();
        }
        assertThat(check("HEAD", "/train/overview")).isEmpty();
        assertThat(check("GET", "/train/overview", "Host", "LOCALHOST:" + PORT)).isEmpty();
        assertThat(check("GET", "/train/overview", "Content-Length", "0")).isEmpty();
    }

    @Test
    void hostMustNameThisServer() {
        assertThat(status("GET", "/train/overview", "Host", "evil.example:" + PORT)).isEqualTo(403);
        assertThat(status("GET", "/train/overview", "Host", "127.0.0.1")).isEqualTo(403);
        Map<String, List<String>> none = Map.of();
        assertThat(gate.check("GET", "/", name -> none.getOrDefault(name, List.of()), PORT)).get()
                .extracting(RequestGate.Refusal::status).isEqualTo(403);
        Map<String, List<String>> two = Map.of("Host", List.of("127.0.0.1:" + PORT, "evil.example"));
        assertThat(gate.check("GET", "/", name -> two.getOrDefault(name, List.of()), PORT)).isPresent();
    }

    @Test
    void otherOriginsAndSitesAreForbiddenBeforeTheMethodIsLookedAt() {
        assertThat(status("POST", "/tsne/upload", "Origin", "http://evil.example")).isEqualTo(403);
        assertThat(status("GET", "/", "Origin", "http://localhost:" + PORT)).isNull();
        assertThat(status("GET", "/", "Sec-Fetch-Site", "cross-site")).isEqualTo(403);
        assertThat(status("GET", "/", "Sec-Fetch-Site", "same-site")).isEqualTo(403);
        assertThat(status("GET", "/", "Sec-Fetch-Site", "same-origin")).isNull();
    }

    @Test
    void onlyGetAndHeadWithoutABody() {
        assertThat(status("POST", "/tsne/upload")).isEqualTo(405);
        assertThat(status("PUT", "/train/overview")).isEqualTo(405);
        assertThat(status("GET", "/train/overview", "Content-Type", "multipart/form-data; boundary=x")).isEqualTo(400);
        assertThat(status("GET", "/train/overview", "Content-Length", "5")).isEqualTo(400);
        assertThat(status("GET", "/train/overview", "Transfer-Encoding", "chunked")).isEqualTo(400);
    }

    @Test
    void climbingEncodedOrBackslashedPathsAreBadRequests() {
        for (String uri : List.of("/assets/../x.js", "/assets/%2e%2E/x.js", "/assets/a%2fb.js", "/assets/a%5cb.js",
                "/assets/a\\b.js", "/assets//x.js", "/assets/x%00.js", "/assets/x%zz.js", "/assets/x%2")) {
            assertThat(status("GET", uri)).as(uri).isEqualTo(400);
        }
        assertThat(status("GET", "http://evil.example/train/overview")).isEqualTo(400);
    }

    @Test
    void unknownPagesMissingAssetsAndFoldersAreNotFound() {
        for (String uri : List.of("/tsne", "/tsne/upload", "/remoteReceive", "/samediff", "/activations",
                "/train/abc/overview", "/assets/js/none.js", "/assets/webjars/flot/0.8.3", "/assets/", "/assets/.x.js")) {
            assertThat(status("GET", uri)).as(uri).isEqualTo(404);
        }
    }
}
