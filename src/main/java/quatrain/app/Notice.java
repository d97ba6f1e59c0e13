package quatrain.app;

/** A short message shown inline in the pane (never a dialog, never a stack trace). */
public record Notice(Kind kind, String title, String text) {

    /** How it is styled. */
    public enum Kind {
        INFO, SUCCESS, ERROR
    }

    public static Notice info(String title, String text) {
        return new Notice(Kind.INFO, title, text);
    }

    public static Notice success(String title, String text) {
        return new Notice(Kind.SUCCESS, title, text);
    }

    public static Notice error(String title, String text) {
        return new Notice(Kind.ERROR, title, text);
    }
}
