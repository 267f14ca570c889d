package org.alephdeploy.ui.volumes;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerExpression;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.alephdeploy.ui.control.IntentTableModel;
import org.alephdeploy.ui.model.IntentState;

/** State of the volumes table: rows, search, "in use" filter, selection, intents. FX thread only. */
public final class VolumesViewModel implements IntentTableModel<VolumeRow, VolumeIntent> {
    private final VolumeIntents intents;
    private final ObservableList<VolumeRow> rows = FXCollections.observableArrayList();
    private final FilteredList<VolumeRow> filtered = new FilteredList<>(rows);
    private final SortedList<VolumeRow> sorted = new SortedList<>(filtered);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final BooleanProperty onlyInUse = new SimpleBooleanProperty(this, "onlyInUse");
    private final ObjectProperty<VolumeRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final Map<VolumeIntent, ReadOnlyObjectWrapper<IntentState>> intentStates = new EnumMap<>(VolumeIntent.class);
    private Runnable detailsRequest = () -> { };
    private final StringProperty offlineReason = new SimpleStringProperty(this, "offlineReason");

    public VolumesViewModel(VolumeIntents intents) {
        this.intents = intents;
        for (VolumeIntent intent : VolumeIntent.values()) {
            intentStates.put(intent, new ReadOnlyObjectWrapper<>(this, intent.name(), VolumeIntentRules.of(intent, null)));
        }
        search.addListener((obs, old, now) -> refilter());
        onlyInUse.addListener((obs, old, now) -> refilter());
        selected.addListener((obs, old, now) -> updateIntents());
        offlineReason.addListener((obs, old, now) -> updateIntents());
    }

    public void setRows(List<VolumeRow> newRows) {
        String keep = selected.get() == null ? null : selected.get().rootHash();
        rows.setAll(newRows);
        selected.set(keep == null ? null : rows.stream().filter(r -> r.rootHash().equals(keep)).findFirst().orElse(null));
        updateIntents();
    }

    /** Every row, whatever the search and filters show. */
    public List<VolumeRow> allRows() {
        return Collections.unmodifiableList(rows);
    }

    @Override
    public SortedList<VolumeRow> rows() {
        return sorted;
    }

    @Override
    public IntegerExpression shownCount() {
        return Bindings.size(filtered);
    }

    @Override
    public ObjectProperty<Comparator<? super VolumeRow>> comparatorProperty() {
        return sorted.comparatorProperty();
    }

    @Override
    public StringProperty searchProperty() {
        return search;
    }

    public BooleanProperty onlyInUseProperty() {
        return onlyInUse;
    }

    @Override
    public BooleanProperty filterProperty() {
        return onlyInUse;
    }

    @Override
    public String label(VolumeIntent intent) {
        return intent.label();
    }

    @Override
    public ObjectProperty<VolumeRow> selectedProperty() {
        return selected;
    }

    @Override
    public ReadOnlyObjectProperty<IntentState> intentState(VolumeIntent intent) {
        return intentStates.get(intent).getReadOnlyProperty();
    }

    @Override
    public void start(VolumeIntent intent) {
        VolumeRow v = selected.get();
        if (v == null || !intentStates.get(intent).get().enabled()) {
            return;
        }
        switch (intent) {
            case UPDATE -> intents.updateVolume(v, List.of());
            case PIN_CID -> intents.pinCid(v);
            case ROLL_BACK -> intents.rollBack(v);
            case FORGET -> intents.forget(v);
        }
    }

    /** Files dropped on a volume's row: "update volume" with them, when allowed. */
    @Override
    public boolean dropOnRow(VolumeRow row, List<Path> files) {
        if (files.isEmpty() || offlineReason.get() != null || !VolumeIntentRules.of(VolumeIntent.UPDATE, row).enabled()) {
            return false;
        }
        intents.updateVolume(row, files);
        return true;
    }

    /** Files dropped on empty table space: a new volume. */
    public void dropOnEmptySpace(List<Path> files) {
        if (!files.isEmpty() && offlineReason.get() == null) {
            intents.uploadNewVolume(files);
        }
    }

    private void refilter() {
        filtered.setPredicate(matches(search.get(), onlyInUse.get()));
    }

    static Predicate<VolumeRow> matches(String text, boolean onlyInUse) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return row -> (!onlyInUse || row.users() > 0)
                && (needle.isEmpty() || contains(row.name(), needle) || contains(row.rootHash(), needle)
                        || contains(row.owner(), needle));
    }

    private static boolean contains(String field, String needle) {
        return field != null && field.toLowerCase(Locale.ROOT).contains(needle);
    }

    private void updateIntents() {
        VolumeRow v = selected.get();
        String offline = offlineReason.get();
        intentStates.forEach((intent, state) -> {
            IntentState rule = VolumeIntentRules.of(intent, v);
            state.set(offline != null && rule.enabled() ? IntentState.disabled(offline) : rule);
        });
    }

    /** What a request to see the selection's details does (the shell shows the details pane). */
    public void onDetailsRequested(Runnable action) {
        detailsRequest = action;
    }

    /** Double click on a row: show its details. */
    public void requestDetails() {
        detailsRequest.run();
    }

    /** Why the node cannot be reached, while it cannot (null when it can): every intent is disabled with it. */
    public StringProperty offlineReasonProperty() {
        return offlineReason;
    }
}
