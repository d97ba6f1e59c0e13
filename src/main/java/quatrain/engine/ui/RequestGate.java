package quatrain.engine.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.deeplearning4j.ui.VertxUIServer;

/**
 * What may reach DL4J's router. DL4J's UI server routes uploads ({@code /tsne/upload}, {@code /tsne/post/:sid}),
 * a remote-statistics receiver and pages the app never shows, and puts a {@code BodyHandler} that writes uploaded
 * files to the temp folder in front of every route. Only the requests the training pages make pass: {@code GET}
 * or {@code HEAD} without a body, addressed to this server by name ({@code Host} {@code 127.0.0.1:PORT} or
 * {@code localhost:PORT}, so a DNS-rebound name gets nothing), not from another origin, for one of the pages, data
 * endpoints or assets they use. Everything else gets a short answer here and never reaches DL4J.
 */
final class RequestGate {
    /** A refused request: the status and a one-line reason for the body. */
    record Refusal(int status, String reason) {
    }

    static final int BAD_REQUEST = 400;
    static final int FORBIDDEN = 403;
    static final int NOT_FOUND = 404;
    static final int METHOD_NOT_ALLOWED = 405;
    static final String ALLOWED_METHODS = "GET, HEAD";

    /**
     * Single-session routes of DL4J's {@code TrainModule} and {@code VertxUIServer} that the overview, model and
     * system pages (and their scripts: train.js, overview.js, model.js, system.js) request, plus {@code /} (a
     * redirect to the overview).
     */
    private static final Pattern ROUTES = Pattern.compile(String.join("|",
            "/",
            "/train/?",
            "/train/(overview|model|system)/?",
            "/train/overview/data",
            "/train/model/graph",
            "/train/model/data/[^/]+",
            "/train/system/data",
            "/train/sessions/(current|info)",
            "/train/sessions/(set|lastUpdate)/[^/]+",
            "/train/multisession",
            "/train/workers/setByIdx/[^/]+",
            "/setlang/[^/]+"));
    private static final String ASSETS = "/assets/";
    /** Asset names as DL4J ships them: folders and a file name with an extension, nothing else. */
    private static final Pattern ASSET = Pattern.compile("([A-Za-z0-9_][A-Za-z0-9_.-]*/)*[A-Za-z0-9_][A-Za-z0-9_.-]*\\.[A-Za-z0-9]+");

    private final Predicate<String> resourceExists;

    /** @param resourceExists whether a class-path resource is a file (DL4J serves assets from the class path) */
    RequestGate(Predicate<String> resourceExists) {
        this.resourceExists = resourceExists;
    }

    /**
     * The gate for DL4J's assets on this class path. A folder is not a file to send: Vert.x's {@code sendFile}
     * fails on one without answering, and {@code getResource} finds folders too (as {@code name/}).
     */
    static RequestGate forClassPath() {
        ClassLoader loader = RequestGate.class.getClassLoader();
        return new RequestGate(name -> loader.getResource(name) != null && loader.getResource(name + "/") == null);
    }

    /**
     * @param method the request's method
     * @param uri    the request target exactly as sent (path and query, not decoded)
     * @param header every value of a header, by name
     * @param port   the port this server listens on
     * @return why the request is refused, or empty if it may pass
     */
    Optional<Refusal> check(String method, String uri, Function<String, List<String>> header, int port) {
        List<String> hosts = header.apply("Host");
        if (hosts.size() != 1 || !isThisServer(hosts.get(0), port)) {
            return refuse(FORBIDDEN, "This server answers only to 127.0.0.1:" + port + " and localhost:" + port);
        }
        for (String origin : header.apply("Origin")) {
            if (!isThisServer(origin.startsWith("http://") ? origin.substring(7) : "", port)) {
                return refuse(FORBIDDEN, "Requests from other origins are not served");
            }
        }
        for (String site : header.apply("Sec-Fetch-Site")) {
            if (!site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none")) {
                return refuse(FORBIDDEN, "Requests from other sites are not served");
            }
        }
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return refuse(METHOD_NOT_ALLOWED, "Only GET and HEAD are served");
        }
        if (hasBody(header)) {
            return refuse(BAD_REQUEST, "A GET or HEAD request has no body");
        }
        if (!uri.startsWith("/")) {
            return refuse(BAD_REQUEST, "Only a path is accepted as the request target");
        }
        String path = uri.replaceFirst("[?#].*", "");
        if (!isPlain(path)) {
            return refuse(BAD_REQUEST, "Paths with '..', '\\', encoded separators or control characters are refused");
        }
        if (path.startsWith(ASSETS)) {
            return isAsset(path.substring(ASSETS.length())) ? Optional.empty() : refuse(NOT_FOUND, "No such file");
        }
        return ROUTES.matcher(path).matches() ? Optional.empty() : refuse(NOT_FOUND, "No such page");
    }

    /** {@code 127.0.0.1:PORT} or {@code localhost:PORT}, the way a browser writes it for this server. */
    private static boolean isThisServer(String authority, int port) {
        String a = authority.toLowerCase(Locale.ROOT);
        return a.equals("127.0.0.1:" + port) || a.equals("localhost:" + port);
    }

    private static boolean hasBody(Function<String, List<String>> header) {
        List<String> length = header.apply("Content-Length");
        return !header.apply("Transfer-Encoding").isEmpty() || !header.apply("Content-Type").isEmpty()
                || length.stream().anyMatch(l -> !l.trim().equals("0"));
    }

    /**
     * No dot segments, backslashes, control characters or empty segments, raw or percent-encoded; the only
     * escapes allowed are those of characters that cannot separate or climb ({@code %20} in a run's name).
     */
    static boolean isPlain(String rawPath) {
        String decoded;
        try {
            decoded = decode(rawPath);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (decoded.indexOf('\\') >= 0 || decoded.contains("//") || decoded.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return false;
        }
        if (decoded.chars().filter(c -> c == '/').count() != rawPath.chars().filter(c -> c == '/').count()) {
            return false; // an encoded '/'
        }
        for (String segment : decoded.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** Percent-decoding of every escape, strictly (a '%' without two hex digits is an error). */
    private static String decode(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (i + 2 >= raw.length()) {
                throw new IllegalArgumentException("truncated escape");
            }
            int hi = Character.digit(raw.charAt(i + 1), 16);
            int lo = Character.digit(raw.charAt(i + 2), 16);
            if (hi < 0 || lo < 0) {
                throw new IllegalArgumentException("bad escape");
            }
            out.append((char) (hi * 16 + lo));
            i += 2;
        }
        return out.toString();
    }

    /**
     * An asset DL4J would serve and does have: a plain file name, found where DL4J's {@code /assets/*} route looks
     * (the webjars under {@code META-INF/resources/}, its own files under {@code deeplearning4jUiAssets/}). DL4J
     * sends a missing one with {@code sendFile}, which never answers, so a missing asset is a 404 here.
     */
    private boolean isAsset(String name) {
        if (!ASSET.matcher(name).matches()) {
            return false;
        }
        int webjars = name.indexOf("webjars");
        String resource = webjars >= 0 ? "META-INF/resources/" + name.substring(webjars)
                : VertxUIServer.ASSETS_ROOT_DIRECTORY + name;
        return resourceExists.test(resource);
    }

    private static Optional<Refusal> refuse(int status, String reason) {
        return Optional.of(new Refusal(status, reason));
    }
}
