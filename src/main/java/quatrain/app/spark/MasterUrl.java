package quatrain.app.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import quatrain.core.QuatrainException;

/**
 * A Spark master URL, checked as Spark 3.5 checks it before a driver starts ({@code SparkContext}'s patterns and
 * {@code SparkSubmit}'s list of schemes), so that a URL the pane accepts is one Spark takes, and a refused one gets
 * a sentence saying what Spark wants instead.
 *
 * @param text    the URL as given, without surrounding blanks
 * @param kind    which cluster manager it names
 * @param threads local mode's worker threads ({@code local[2]}: 2; {@code local[*]}: 0 for "every core"); 0 otherwise
 * @param masters a standalone cluster's masters ({@code spark://h1:7077,h2:7077}); empty for the other kinds
 */
public record MasterUrl(String text, Kind kind, int threads, List<HostPort> masters) {
    private static final Pattern LOCAL = Pattern.compile("local(?:\\[\\s*([0-9]+|\\*)\\s*(?:,\\s*([0-9]+)\\s*)?])?");
    private static final Pattern LOCAL_CLUSTER = Pattern.compile(
            "local-cluster\\[\\s*([0-9]+)\\s*,\\s*([0-9]+)\\s*,\\s*([0-9]+)\\s*]");
    private static final Pattern HOST_PORT = Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[^\\s:/\\[\\],@]+):([0-9]{1,5})");
    /** What Spark's Kubernetes support reads after {@code k8s://} and an optional scheme (https when none). */
    private static final Pattern API_SERVER = Pattern.compile(
            "(\\[[0-9A-Fa-f:.]+]|[^\\s:/\\[\\],@]+)(:[0-9]{1,5})?(/\\S*)?");
    static final String KINDS = "local[N] (this machine, N threads), spark://HOST:PORT (a standalone cluster),"
            + " yarn, or k8s://https://HOST:PORT";

    /** The cluster managers Spark 3.5 knows. */
    public enum Kind {
        /** Spark inside the driver's JVM: no cluster, executors are threads. */
        LOCAL,
        /** Spark's test cluster of local JVMs ({@code local-cluster[N,C,MB]}). */
        LOCAL_CLUSTER,
        STANDALONE,
        YARN,
        KUBERNETES,
        MESOS;

        /** Whether executors are processes that the executor settings size (not threads in the driver). */
        public boolean hasExecutors() {
            return this != LOCAL;
        }
    }

    /** One standalone master's address. */
    public record HostPort(String host, int port) {
        @Override
        public String toString() {
            return host + ":" + port;
        }
    }

    public MasterUrl {
        masters = List.copyOf(masters);
    }

    /**
     * Reads a master URL.
     *
     * @throws QuatrainException saying why Spark would refuse it, and what it takes
     */
    public static MasterUrl parse(String url) {
        String text = url == null ? "" : url.strip();
        if (text.isEmpty()) {
            throw new QuatrainException("Enter the master URL: " + KINDS + ".");
        }
        Matcher local = LOCAL.matcher(text);
        if (local.matches()) {
            return local(text, local.group(1));
        }
        if (LOCAL_CLUSTER.matcher(text).matches()) {
            return new MasterUrl(text, Kind.LOCAL_CLUSTER, 0, List.of());
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("spark://")) {
            return new MasterUrl(text, Kind.STANDALONE, 0, standalone(text, text.substring("spark://".length())));
        }
        if (lower.equals("yarn")) {
            return new MasterUrl(text, Kind.YARN, 0, List.of());
        }
        if (lower.startsWith("yarn")) {
            throw new QuatrainException("Spark 3 takes just \"yarn\" as the master (the driver runs here, in client"
                    + " mode); got \"" + text + "\".");
        }
        if (lower.startsWith("k8s://")) {
            return kubernetes(text);
        }
        if (lower.startsWith("mesos://")) {
            standalone(text, text.substring("mesos://".length()));
            return new MasterUrl(text, Kind.MESOS, 0, List.of());
        }
        if (lower.startsWith("local")) {
            throw new QuatrainException("\"" + text + "\" is not a local master Spark takes: write local, local[N]"
                    + " with N threads, or local[*] for every core.");
        }
        throw new QuatrainException("Spark does not take \"" + text + "\" as a master. Use " + KINDS + ".");
    }

    private static MasterUrl local(String text, String threads) {
        if (threads == null) {
            return new MasterUrl(text, Kind.LOCAL, 1, List.of());
        }
        if (threads.equals("*")) {
            return new MasterUrl(text, Kind.LOCAL, 0, List.of());
        }
        int n = threads.length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(threads);
        if (n < 1) {
            throw new QuatrainException("local[" + threads + "] gives Spark no threads to work with: use local[1] or"
                    + " more, or local[*] for every core.");
        }
        return new MasterUrl(text, Kind.LOCAL, n, List.of());
    }

    /** {@code h1:7077,h2:7077}: Spark needs a host and a port for each (its {@code extractHostPortFromSparkUrl}). */
    private static List<HostPort> standalone(String text, String addresses) {
        List<HostPort> masters = new ArrayList<>();
        for (String address : addresses.split(",", -1)) {
            Matcher m = HOST_PORT.matcher(address.strip());
            int port = m.matches() ? Integer.parseInt(m.group(2)) : 0;
            if (port < 1 || port > 65_535) {
                throw new QuatrainException("A standalone master is spark://HOST:PORT (the port is 7077 unless the"
                        + " cluster was told otherwise); \"" + text + "\" has no host and port Spark can use.");
            }
            String host = m.group(1);
            masters.add(new HostPort(host.startsWith("[") ? host.substring(1, host.length() - 1) : host, port));
        }
        return masters;
    }

    private static MasterUrl kubernetes(String text) {
        String rest = text.substring("k8s://".length());
        String address = rest.replaceFirst("(?i)^https?://", "");
        if (!API_SERVER.matcher(address).matches()) {
            throw new QuatrainException("A Kubernetes master is k8s://https://HOST:PORT, the API server's address;"
                    + " got \"" + text + "\".");
        }
        return new MasterUrl(text, Kind.KUBERNETES, 0, List.of());
    }

    /** What the URL means, for the line under the choice. */
    public String describe() {
        return switch (kind) {
            case LOCAL -> "Spark runs inside the driver process on this machine, with "
                    + (threads == 0 ? "a thread per core" : threads == 1 ? "one thread" : threads + " threads") + ".";
            case LOCAL_CLUSTER -> "Spark's test cluster of worker processes on this machine.";
            case STANDALONE -> "The standalone cluster at " + String.join(", ", masters.stream().map(HostPort::toString)
                    .toList()) + ".";
            case YARN -> "The YARN cluster that HADOOP_CONF_DIR or YARN_CONF_DIR describes.";
            case KUBERNETES -> "The Kubernetes cluster at " + text.substring("k8s://".length()) + ".";
            case MESOS -> "The Mesos cluster at " + text.substring("mesos://".length()) + ".";
        };
    }
}
