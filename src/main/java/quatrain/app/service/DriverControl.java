package quatrain.app.service;

import quatrain.launch.StopSignal;

/**
 * Lets the UI stop a run that lives in another process: Stop sends it TERM, on which {@code train} and
 * {@code spark-train} finish their minibatch or averaging round, save and exit 143. A stop asked for before the
 * process exists is sent as soon as it does. There is no pause: a Spark driver that waited would hold the
 * cluster's executors all the while.
 */
final class DriverControl {
    private Process process;
    private boolean stopRequested;

    synchronized void stop() {
        stopRequested = true;
        if (process != null && process.isAlive()) {
            StopSignal.TERM.sendTo(process.toHandle());
        }
    }

    /** The process has started; it is told to stop at once if that was asked meanwhile. */
    synchronized void attach(Process started) {
        process = started;
        if (stopRequested) {
            StopSignal.TERM.sendTo(started.toHandle());
        }
    }

    synchronized boolean stopRequested() {
        return stopRequested;
    }
}
