package quatrain.testing;

/** A main class for {@link JavaProcessTest}: prints its arguments, then one variable, to standard output and error. */
public final class EchoMain {
    private EchoMain() {
    }

    public static void main(String[] args) {
        System.out.println(String.join(" ", args));
        System.err.println("ECHO_VAR=" + System.getenv("ECHO_VAR") + " PATH_SET=" + (System.getenv("PATH") != null));
    }
}
