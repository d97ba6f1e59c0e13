package quatrain.app.trainingui;

import java.nio.file.Path;
import java.util.List;

import quatrain.engine.ui.RunInfo;
import quatrain.engine.ui.TrainingUiServer;

/**
 * The running training UI as the tab needs it. An interface so that view-model tests run without a server;
 * the app's is {@link #start(Path)}. Every method may block (HTTP, file listing): call them in the background.
 */
public interface UiServer extends AutoCloseable {
    /** {@code http://127.0.0.1:PORT}. */
    String address();

    /** The stored runs, newest first; runs that appeared since the last call are attached to the server. */
    List<RunInfo> runs();

    /** Makes the pages show {@code runId}. */
    void select(String runId);

    @Override
    void close();

    /** Starts DL4J's training UI over {@code runsDir} (or returns the one this JVM runs). */
    static UiServer start(Path runsDir) {
        TrainingUiServer server = TrainingUiServer.start(runsDir);
        return new UiServer() {
            @Override
            public String address() {
                return server.address();
            }

            @Override
            public List<RunInfo> runs() {
                server.refresh();
                return server.runs();
            }

            @Override
            public void select(String runId) {
                server.select(runId);
            }

            @Override
            public void close() {
                server.close();
            }
        };
    }
}
