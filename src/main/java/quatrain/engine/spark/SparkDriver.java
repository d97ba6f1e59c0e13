package quatrain.engine.spark;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Locale;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

import quatrain.core.QuatrainException;
import quatrain.core.SerialFilter;

/**
 * The driver's side of Spark: its configuration, a check that the master answers, and the context. Settings a person
 * gives Spark the usual way ({@code spark.*} system properties, {@code spark-submit --conf}) win over ours, except
 * the serializer: Spark's JavaSerializer, since Kryo with ND4J's registrator failed ("You can't use DataBuffer once
 * it was released", docs/NOTES.md).
 */
final class SparkDriver {
    /** How long a standalone master may take to accept a connection before the run is refused. */
    static final int CONNECT_MILLIS = 10_000;

    private SparkDriver() {
    }

    static SparkConf conf(String master, String appName) {
        SparkConf conf = new SparkConf().setMaster(master).setAppName(appName);
        conf.set("spark.serializer", "org.apache.spark.serializer.JavaSerializer");
        conf.setIfMissing("spark.ui.enabled", "false"); // its web UI would listen on every interface
        if (isLocal(master)) {
            // everything runs in this JVM: nothing needs to reach it from another machine
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        // How executors get Quatrain's classes and JVM options: spark.jars with the job jar, or this JVM's class
        // path for executors on this machine; --add-modules jdk.incubator.vector, OMP_WAIT_POLICY.
        ExecutorSetup.apply(conf);
        return conf;
    }

    static boolean isLocal(String master) {
        return master.equals("local") || master.startsWith("local[");
    }

    /** Hadoop's settings as the executors will have them: its defaults and every {@code spark.hadoop.*} setting. */
    static Configuration hadoop(SparkConf conf) {
        Configuration hadoop = new Configuration();
        for (scala.Tuple2<String, String> e : conf.getAll()) {
            if (e._1().startsWith("spark.hadoop.")) {
                hadoop.set(e._1().substring("spark.hadoop.".length()), e._2());
            }
        }
        return hadoop;
    }

    /**
     * A standalone master ({@code spark://host:port}, several for high availability) must accept a connection
     * within {@link #CONNECT_MILLIS}: Spark itself retries for a minute and then leaves the run waiting for
     * resources that never come.
     */
    static void checkMaster(String master) {
        if (!master.startsWith("spark://")) {
            return;
        }
        String hosts = master.substring("spark://".length());
        IOException last = null;
        for (String hostPort : hosts.split(",")) {
            int colon = hostPort.lastIndexOf(':');
            if (colon <= 0) {
                throw new QuatrainException("The master URL \"" + master + "\" has no port (spark://HOST:PORT).");
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(hostPort.substring(0, colon),
                        Integer.parseInt(hostPort.substring(colon + 1))), CONNECT_MILLIS);
                return;
            } catch (IOException e) {
                last = e;
            } catch (NumberFormatException e) {
                throw new QuatrainException("The master URL \"" + master + "\" has no port (spark://HOST:PORT).");
            }
        }
        throw new QuatrainException("Cannot reach the Spark master at " + master + " (" + describe(last)
                + "). Is it running, and is the URL the one its log shows?");
    }

    /** Starts the context; a master Spark cannot use is one line. */
    static JavaSparkContext start(SparkConf conf) {
        if (SerialFilter.processFiltered()) {
            // a filter cannot be taken back: Spark's tasks and results would be refused one by one
            throw new QuatrainException("This process refuses Java deserialization (a process-wide filter is set),"
                    + " which Spark needs: start spark-train as a command of its own (quatrain spark-train ...).");
        }
        SparkVersions.requireCompatible(); // a job jar on a cluster of another Spark: say which versions, not a trace
        try {
            return new JavaSparkContext(conf);
        } catch (RuntimeException e) {
            throw new QuatrainException("Spark could not start with master \"" + conf.get("spark.master") + "\": "
                    + describe(e), e);
        }
    }

    private static String describe(Exception e) {
        if (e == null) {
            return "no address to try";
        }
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }

    /** Spark's own name for the run, shown by a cluster's master. */
    static String appName(String corpus, String preset) {
        return String.format(Locale.ROOT, "quatrain spark-train %s %s", corpus, preset);
    }
}
