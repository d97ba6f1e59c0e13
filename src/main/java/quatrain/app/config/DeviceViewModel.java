package quatrain.app.config;

import java.util.function.Supplier;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import quatrain.app.context.AppContext;
import quatrain.app.settings.DeviceChoice;
import quatrain.app.settings.SettingsStore;
import quatrain.engine.BackendInfo;

/**
 * The device part of the model pane: what ND4J runs on (detected in the background: it takes seconds),
 * the preferred device from the settings (a Spark cluster among them, with its own settings in
 * {@link SparkViewModel}), and a note on what the choice means here.
 */
public final class DeviceViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceViewModel.class);

    private final SettingsStore settings;
    private final ReadOnlyObjectWrapper<BackendInfo> info = new ReadOnlyObjectWrapper<>(this, "info");
    private final ObjectProperty<DeviceChoice> choice = new SimpleObjectProperty<>(this, "choice");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "Detecting device…");
    private final SparkViewModel spark;

    public DeviceViewModel(AppContext context, SettingsStore settings, Supplier<BackendInfo> detector) {
        this.settings = settings;
        choice.set(settings.current().device());
        spark = new SparkViewModel(context, settings, choice);
        choice.addListener((obs, old, c) -> {
            if (c != null) {
                settings.update(s -> s.withDevice(c));
            }
            note.set(describe());
        });
        info.addListener((obs, old, i) -> note.set(describe()));
        context.background().execute(() -> {
            try {
                BackendInfo detected = detector.get();
                context.ui().dispatch(() -> info.set(detected));
            } catch (RuntimeException e) {
                LOG.error("Device detection failed", e);
                context.ui().dispatch(() -> note.set("The compute device could not be detected (see the log)."));
            }
        });
    }

    public ReadOnlyObjectProperty<BackendInfo> infoProperty() {
        return info.getReadOnlyProperty();
    }

    public ObjectProperty<DeviceChoice> choiceProperty() {
        return choice;
    }

    /** The Spark cluster's settings and whether a driver can start; they matter while the choice is Spark. */
    public SparkViewModel spark() {
        return spark;
    }

    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public boolean gpuUsable() {
        BackendInfo i = info.get();
        return i != null && i.gpuUsable();
    }

    /** The choice as offered: "Automatic (CPU · 2 threads · AVX2)" once the device is known. */
    public String label(DeviceChoice c) {
        BackendInfo i = info.get();
        return c == DeviceChoice.AUTO && i != null ? c.label() + " (" + i.summary() + ")" : c.label();
    }

    /** Whether training on this device is running in this process ("CUDA" or "CPU"). */
    public String backend() {
        BackendInfo i = info.get();
        return i == null ? null : i.backend();
    }

    private String describe() {
        BackendInfo i = info.get();
        if (i == null) {
            return "Detecting device…";
        }
        boolean onGpu = "CUDA".equals(i.backend());
        return switch (choice.get() == null ? DeviceChoice.AUTO : choice.get()) {
            case AUTO -> "Training runs on the " + i.summary() + ".";
            case CPU -> onGpu ? "Restart Quatrain Studio to train on the CPU: the device is chosen when the app starts."
                    : "Training runs on the " + i.summary() + ".";
            case GPU -> onGpu ? "Training runs on the " + i.summary() + "."
                    : i.gpuStatus() + " Training runs on the CPU.";
            case SPARK -> "Training runs on the Spark cluster, in a driver process of its own; generation runs here,"
                    + " on the " + i.summary() + ".";
        };
    }
}
