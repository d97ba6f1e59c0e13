package quatrain.app.trainingui;

import java.net.URI;
import java.util.Optional;

/** The training UI's three pages and where the server serves them. */
public enum Page {
    OVERVIEW("Overview", "/train/overview"),
    MODEL("Model", "/train/model"),
    SYSTEM("System", "/train/system");

    private final String title;
    private final String path;

    Page(String title, String path) {
        this.title = title;
        this.path = path;
    }

    public String title() {
        return title;
    }

    public String path() {
        return path;
    }

    /** The page a URL shows (the page's own menu navigates without us); empty for anything else. */
    public static Optional<Page> of(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String p;
        try {
            p = URI.create(url).getPath();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        for (Page page : values()) {
            if (page.path.equals(p)) {
                return Optional.of(page);
            }
        }
        return Optional.empty();
    }
}
