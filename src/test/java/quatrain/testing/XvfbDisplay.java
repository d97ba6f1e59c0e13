package quatrain.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A private X display for a test that starts the desktop app as a user would (a real GTK window, not Monocle):
 * Xvfb picks a free display number itself ({@code -displayfd}), so tests and other people's X servers on the
 * machine never collide. {@link #close()} stops it by its PID. Windows are found with xdotool, as
 * installer/test-deb.sh does. Both are Debian packages .ci/run installs; without them the test fails saying so.
 */
public final class XvfbDisplay implements AutoCloseable {
    private final Process xvfb;
    private final String display;

    private XvfbDisplay(Process xvfb, String display) {
        this.xvfb = xvfb;
        this.display = display;
    }

    public static XvfbDisplay start() throws IOException, InterruptedException {
        Process xvfb;
        try {
            // -noreset: by default the server resets when its last client leaves, and each xdotool search is a
            // client: an app connecting during such a reset fails with "Unable to open DISPLAY".
            xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-noreset", "-screen", "0", "1280x800x24",
                    "-nolisten", "tcp")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new IOException("Xvfb is missing (sudo apt-get install xvfb; .ci/run installs it): " + e.getMessage(), e);
        }
        BufferedReader out = new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.US_ASCII));
        CompletableFuture<String> number = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                return null;
            }
        });
        try {
            String n = number.get(30, TimeUnit.SECONDS);
            if (n == null || !n.trim().matches("\\d+")) {
                throw new IOException("Xvfb did not report a display (exit " + (xvfb.isAlive() ? "-" : xvfb.exitValue()) + ")");
            }
            return new XvfbDisplay(xvfb, ":" + n.trim());
        } catch (ExecutionException | TimeoutException | IOException e) {
            xvfb.destroyForcibly();
            throw new IOException("Xvfb did not start: " + e.getMessage(), e);
        }
    }

    /** ":N", for {@code DISPLAY}. */
    public String display() {
        return display;
    }

    /** Waits until a visible window has this title; false if none appeared in time or {@code owner} ended. */
    public boolean awaitWindow(String title, ProcessHandle owner, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && owner.isAlive()) {
            if (!windows(title).isEmpty()) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    /** The ids of the visible windows with this title. */
    public List<String> windows(String title) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("xdotool", "search", "--onlyvisible", "--name", title)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("DISPLAY", display);
        Process search;
        try {
            search = builder.start();
        } catch (IOException e) {
            throw new IOException("xdotool is missing (sudo apt-get install xdotool; .ci/run installs it): "
                    + e.getMessage(), e);
        }
        List<String> ids = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(search.getInputStream(), StandardCharsets.US_ASCII))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (!line.isBlank()) {
                    ids.add(line.trim());
                }
            }
        } finally {
            if (!search.waitFor(10, TimeUnit.SECONDS)) {
                search.destroyForcibly();
            }
        }
        return ids;
    }

    @Override
    public void close() {
        xvfb.destroy();
        try {
            if (!xvfb.waitFor(10, TimeUnit.SECONDS)) {
                xvfb.destroyForcibly();
            }
        } catch (InterruptedException e) {
            xvfb.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
