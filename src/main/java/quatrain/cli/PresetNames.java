package quatrain.cli;

import java.util.Iterator;

import quatrain.core.spec.Presets;

/** Preset names for help texts and shell completion. */
final class PresetNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return Presets.names().iterator();
    }
}
