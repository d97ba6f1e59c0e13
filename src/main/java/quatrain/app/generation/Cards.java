package quatrain.app.generation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * The quatrains on screen: the pinned ones, kept across generations in the order they were pinned, then the latest
 * batch (best score first while sorting by score is on), and how many are selected.
 */
final class Cards {
    /** Judged quatrains best first; unjudged ones keep their order (the sort is stable). */
    static final Comparator<GeneratedQuatrain> BY_SCORE = Comparator.comparingDouble(
            q -> q.hasScore() ? -q.score() : Double.POSITIVE_INFINITY);

    private final ReadOnlyIntegerWrapper selectedCount = new ReadOnlyIntegerWrapper(this, "selectedCount");
    /** The latest batch, pinned or not; the list reports changes of pinning and selection too. */
    private final ObservableList<GeneratedQuatrain> batch = FXCollections.observableArrayList(
            q -> new Observable[] {q.pinnedProperty(), q.selectedProperty()});
    private final SortedList<GeneratedQuatrain> latest = new SortedList<>(new FilteredList<>(batch, q -> !q.isPinned()));
    private final ObservableList<GeneratedQuatrain> pinned = FXCollections.observableArrayList(
            q -> new Observable[] {q.selectedProperty()});
    /** One read-only view, kept: listeners on a view that is made anew per call would be dropped with it. */
    private final ObservableList<GeneratedQuatrain> pinnedView = FXCollections.unmodifiableObservableList(pinned);

    /** @param sortByScore while true, the latest batch is shown best score first */
    Cards(ObservableBooleanValue sortByScore) {
        sortByScore.addListener((o, a, on) -> latest.setComparator(on ? BY_SCORE : null));
        latest.setComparator(sortByScore.get() ? BY_SCORE : null);
        ListChangeListener<GeneratedQuatrain> count = c -> selectedCount.set(
                (int) visible().stream().filter(GeneratedQuatrain::isSelected).count());
        batch.addListener(count);
        pinned.addListener(count);
    }

    ObservableList<GeneratedQuatrain> pinned() {
        return pinnedView;
    }

    ObservableList<GeneratedQuatrain> latest() {
        return latest;
    }

    ReadOnlyIntegerProperty selectedCountProperty() {
        return selectedCount.getReadOnlyProperty();
    }

    /** Pinned first, then the latest: the order on screen. */
    List<GeneratedQuatrain> visible() {
        List<GeneratedQuatrain> all = new ArrayList<>(pinned);
        all.addAll(latest);
        return all;
    }

    /** Replaces the latest batch; pinned quatrains stay. */
    void show(List<GeneratedQuatrain> items) {
        for (GeneratedQuatrain item : items) {
            item.pinnedProperty().addListener((o, was, now) -> {
                if (now) {
                    pinned.add(item);
                } else {
                    pinned.remove(item);
                }
            });
        }
        batch.setAll(items);
    }
}
