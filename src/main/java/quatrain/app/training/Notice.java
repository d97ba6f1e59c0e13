package quatrain.app.training;

/** A one-line message shown inline in the pane (never a dialog, never a stack trace). */
public record Notice(Kind kind, String text) {

    /** How it is styled. */
    public enum Kind {
        INFO, SUCCESS, WARNING, ERROR
    }

    public static Notice info(String text) {
        return new Notice(Kind.INFO, text);
    }

    public static Notice success(String text) {
        return new Notice(Kind.SUCCESS, text);
    }

    public static Notice error(String text) {
        return new Notice(Kind.ERROR, text);
    }
}
