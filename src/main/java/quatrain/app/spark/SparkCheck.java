package quatrain.app.spark;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a Spark driver can start for a master, checked before Train is pressed: the launcher has Spark, and a
 * standalone master answers a TCP connection. A driver finds out the second one only after Spark's own retries
 * (three registrations, 20 s apart), so it is asked here first, within {@link #CONNECT_TIMEOUT}. YARN and Kubernetes
 * are found from files and credentials the driver reads; they are not checked here. Blocks: call it in the
 * background.
 */
public final class SparkCheck {
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);

    private final SparkLauncher launcher;
    private final Duration timeout;

    public SparkCheck(SparkLauncher launcher) {
        this(launcher, CONNECT_TIMEOUT);
    }

    SparkCheck(SparkLauncher launcher, Duration timeout) {
        this.launcher = launcher;
        this.timeout = timeout;
    }

    /** Why a driver for {@code master} cannot start now, in words; empty when it can. */
    public Optional<String> problem(MasterUrl master) {
        Optional<String> unavailable = launcher.unavailable();
        if (unavailable.isPresent()) {
            return unavailable;
        }
        if (master.kind() != MasterUrl.Kind.STANDALONE) {
            return Optional.empty();
        }
        List<String> failures = new ArrayList<>();
        for (MasterUrl.HostPort m : master.masters()) {
            Optional<String> failure = connect(m);
            if (failure.isEmpty()) {
                return Optional.empty(); // one answering master is enough: the others are its standbys
            }
            failures.add(failure.get());
        }
        return Optional.of("No Spark master answers: " + String.join("; ", failures) + ". Start the cluster's master,"
                + " or check the host and port in the URL.");
    }

    private Optional<String> connect(MasterUrl.HostPort master) {
        try (Socket socket = new Socket()) {
            InetSocketAddress address = new InetSocketAddress(master.host(), master.port());
            if (address.isUnresolved()) {
                return Optional.of("the host \"" + master.host() + "\" is unknown");
            }
            socket.connect(address, (int) timeout.toMillis());
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.of("the host \"" + master.host() + "\" is unknown");
        } catch (SocketTimeoutException e) {
            return Optional.of(master + " did not answer within " + timeout.toSeconds() + " s");
        } catch (ConnectException e) {
            return Optional.of(master + " refused the connection (nothing listens there)");
        } catch (IOException | RuntimeException e) {
            return Optional.of(master + " cannot be reached (" + e.getMessage() + ")");
        }
    }
}
