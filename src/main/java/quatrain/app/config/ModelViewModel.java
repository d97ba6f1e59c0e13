package quatrain.app.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import quatrain.app.context.AppContext;
import quatrain.app.settings.SettingsStore;
import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.Preset;
import quatrain.core.spec.Presets;
import quatrain.core.spec.TrainingSpec;
import quatrain.engine.BackendInfo;
import quatrain.engine.Backends;

/**
 * The model pane's state: a preset and every setting as text, validated on each change by building the spec
 * records. Valid records go to the session at once; an invalid value leaves the session's last valid spec in
 * place and sets a message on its field. The cost estimate is kept by {@link EstimateViewModel}.
 */
public final class ModelViewModel {
    private final AppContext context;
    private final StringProperty preset = new SimpleStringProperty(this, "preset");
    private final ReadOnlyStringWrapper presetDescription = new ReadOnlyStringWrapper(this, "presetDescription");
    private final Map<String, StringProperty> values = new LinkedHashMap<>();
    private final Map<String, ReadOnlyStringWrapper> fieldErrors = new LinkedHashMap<>();
    private final Map<String, ReadOnlyBooleanWrapper> applicable = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final DeviceViewModel device;
    private final EstimateViewModel estimate;
    private ModelSpec pushedModel;
    private TrainingSpec pushedTraining;
    private boolean filling;
    private boolean pushing;
    private String lastEdited = "";

    public ModelViewModel(AppContext context, SettingsStore settings) {
        this(context, settings, Backends::current);
    }

    /** @param detector describes the compute device (slow: called on the background executor) */
    public ModelViewModel(AppContext context, SettingsStore settings, Supplier<BackendInfo> detector) {
        this.context = context;
        this.device = new DeviceViewModel(context, settings, detector);
        this.estimate = new EstimateViewModel(context, settings, device);
        for (SpecField f : SpecFields.ALL) {
            StringProperty p = new SimpleStringProperty(this, f.key(), "");
            p.addListener((obs, old, v) -> edited(f.key()));
            values.put(f.key(), p);
            fieldErrors.put(f.key(), new ReadOnlyStringWrapper(this, f.key() + "Error"));
            applicable.put(f.key(), new ReadOnlyBooleanWrapper(this, f.key() + "Applicable", true));
        }
        fill(context.session().modelSpecProperty().get(), context.session().trainingSpecProperty().get());
        preset.addListener((obs, old, name) -> {
            if (!filling && name != null && Presets.names().contains(name)) {
                resetTo(Presets.get(name));
            }
        });
        context.session().modelSpecProperty().addListener((obs, old, m) -> externalChange());
        context.session().trainingSpecProperty().addListener((obs, old, t) -> externalChange());
    }

    public List<Preset> presets() {
        return Presets.all();
    }

    /** The preset the settings start from; choosing one resets every setting to it. */
    public StringProperty presetProperty() {
        return preset;
    }

    public ReadOnlyStringProperty presetDescriptionProperty() {
        return presetDescription.getReadOnlyProperty();
    }

    /** The text of a setting, keyed as in {@link SpecFields}. */
    public StringProperty value(String key) {
        return require(values, key);
    }

    /** Why the setting's value is refused; null when it is fine. */
    public ReadOnlyStringProperty fieldError(String key) {
        return require(fieldErrors, key).getReadOnlyProperty();
    }

    /** Whether the setting matters for the chosen model (a Markov chain has no layers, for instance). */
    public ReadOnlyBooleanProperty applicable(String key) {
        return require(applicable, key).getReadOnlyProperty();
    }

    /** All current messages, one per line; null when every value is valid. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public DeviceViewModel device() {
        return device;
    }

    public EstimateViewModel estimate() {
        return estimate;
    }

    /** Puts every setting back to the chosen preset's value. */
    public void resetToPreset() {
        String name = preset.get();
        resetTo(Presets.get(name != null && Presets.names().contains(name) ? name : Presets.QUATRAINS_GRU));
    }

    private void resetTo(Preset p) {
        fill(p.model(), p.training());
        validate();
    }

    private void fill(ModelSpec m, TrainingSpec t) {
        filling = true;
        try {
            preset.set(m.preset());
            SpecForm.values(m, t).forEach((k, v) -> values.get(k).set(v));
        } finally {
            filling = false;
        }
        pushedModel = m;
        pushedTraining = t;
        updateDescription();
        updateApplicable(m);
        fieldErrors.values().forEach(e -> e.set(null));
        error.set(null);
        estimate.specsChanged(m, t);
    }

    private void edited(String key) {
        if (!filling) {
            lastEdited = key;
            validate();
        }
    }

    private void validate() {
        Preset base = Presets.get(Presets.names().contains(preset.get()) ? preset.get() : Presets.QUATRAINS_GRU);
        Map<String, String> text = new LinkedHashMap<>();
        values.forEach((k, v) -> text.put(k, v.get()));
        SpecForm.Result r = SpecForm.build(base.model(), base.training(), text, lastEdited);
        fieldErrors.forEach((k, e) -> e.set(r.errors().get(k)));
        error.set(r.valid() ? null : String.join("\n", r.errors().values()));
        // Both specs go to the session as one change: setting the model spec first must not make externalChange
        // fill the form back from the session's training spec, which is still the old one at that moment.
        pushing = true;
        try {
            if (r.model() != null) {
                updateApplicable(r.model());
                pushedModel = r.model();
                context.session().modelSpecProperty().set(r.model());
            }
            if (r.training() != null) {
                pushedTraining = r.training();
                context.session().trainingSpecProperty().set(r.training());
            }
        } finally {
            pushing = false;
        }
        estimate.specsChanged(context.session().modelSpecProperty().get(),
                context.session().trainingSpecProperty().get());
    }

    /** Another part of the app set the specs (a resumed model, say): show them. */
    private void externalChange() {
        ModelSpec m = context.session().modelSpecProperty().get();
        TrainingSpec t = context.session().trainingSpecProperty().get();
        if (!pushing && m != null && t != null && (!m.equals(pushedModel) || !t.equals(pushedTraining))) {
            fill(m, t);
        }
    }

    private void updateDescription() {
        String name = preset.get();
        presetDescription.set(name != null && Presets.names().contains(name) ? Presets.get(name).description() : "");
    }

    private void updateApplicable(ModelSpec m) {
        for (SpecField f : SpecFields.ALL) {
            applicable.get(f.key()).set(f.appliesTo(m.kind(), m.level()));
        }
    }

    private static <T> T require(Map<String, T> map, String key) {
        T v = map.get(key);
        if (v == null) {
            throw new IllegalArgumentException("no setting named " + key);
        }
        return v;
    }
}
