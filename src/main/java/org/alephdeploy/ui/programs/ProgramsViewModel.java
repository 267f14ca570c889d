package org.alephdeploy.ui.programs;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
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

/**
 * State of the programs table: the rows, the search text, the "locked or pinned" filter, the
 * selection and what each intent allows for it. FX thread only.
 */
public final class ProgramsViewModel implements IntentTableModel<ProgramRow, ProgramIntent> {
    private final ProgramIntents intents;
    private final ObservableList<ProgramRow> rows = FXCollections.observableArrayList();
    /** What the table is given: {@link #rows}, a few per pulse while the table builds its first screenful. */
    private final ObservableList<ProgramRow> shown = FXCollections.observableArrayList();
    private final FirstScreenFeed feed = new FirstScreenFeed(shown);
    private final FilteredList<ProgramRow> filtered = new FilteredList<>(shown);
    private final SortedList<ProgramRow> sorted = new SortedList<>(filtered);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final BooleanProperty onlyLockedOrPinned = new SimpleBooleanProperty(this, "onlyLockedOrPinned");
    private final ObjectProperty<ProgramRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final Map<ProgramIntent, ReadOnlyObjectWrapper<IntentState>> intentStates = new EnumMap<>(ProgramIntent.class);
    private Runnable detailsRequest = () -> { };
    private final StringProperty offlineReason = new SimpleStringProperty(this, "offlineReason");
    private final ObjectProperty<Function<ProgramRow, String>> address = new SimpleObjectProperty<>(this, "address", ProgramRow::url);
    private final ObjectProperty<Consumer<String>> openUrl = new SimpleObjectProperty<>(this, "openUrl", url -> { });

    public ProgramsViewModel(ProgramIntents intents) {
        this.intents = intents;
        for (ProgramIntent intent : ProgramIntent.values()) {
            intentStates.put(intent, new ReadOnlyObjectWrapper<>(this, intent.name(), ProgramIntentRules.of(intent, null)));
        }
        search.addListener((obs, old, now) -> refilter());
        onlyLockedOrPinned.addListener((obs, old, now) -> refilter());
        selected.addListener((obs, old, now) -> updateIntents());
        offlineReason.addListener((obs, old, now) -> updateIntents());
    }

    /** What a request to see the selection's details does (the shell shows the details pane). */
    public void onDetailsRequested(Runnable action) {
        detailsRequest = action;
    }

    /** Double click on a row: show its details. */
    public void requestDetails() {
        detailsRequest.run();
    }

    /**
     * Why the node cannot be reached, in words, while it cannot (null when it can): every intent
     * needs the node, so all are disabled with this reason.
     */
    public StringProperty offlineReasonProperty() {
        return offlineReason;
    }

    /** Where a row's program answers: its URL, or on the sandbox its local {@code /vm/} address. */
    public ObjectProperty<Function<ProgramRow, String>> addressProperty() {
        return address;
    }

    /** What "Open" does with an address (the platform's browser in the app). */
    public ObjectProperty<Consumer<String>> openUrlProperty() {
        return openUrl;
    }

    /** The address Open and Copy URL use for {@code row}; null when it has none. */
    public String addressOf(ProgramRow row) {
        return row == null ? null : address.get().apply(row);
    }

    /** Opens the row's address in the browser. */
    public void open(ProgramRow row) {
        String url = addressOf(row);
        if (url != null && !url.isBlank()) {
            openUrl.get().accept(url);
        }
    }

    /** Replaces the rows, keeping the selection when the same program is still there. */
    public void setRows(List<ProgramRow> newRows) {
        String keep = selected.get() == null ? null : selected.get().itemHash();
        rows.setAll(newRows);
        feed.replace(newRows);
        selected.set(keep == null ? null : rows.stream().filter(r -> r.itemHash().equals(keep)).findFirst().orElse(null));
        updateIntents();
    }

    /** Every row, whatever the search and filters show. */
    public List<ProgramRow> allRows() {
        return Collections.unmodifiableList(rows);
    }

    @Override
    public SortedList<ProgramRow> rows() {
        return sorted;
    }

    @Override
    public IntegerExpression shownCount() {
        return Bindings.size(filtered);
    }

    @Override
    public ObjectProperty<Comparator<? super ProgramRow>> comparatorProperty() {
        return sorted.comparatorProperty();
    }

    @Override
    public StringProperty searchProperty() {
        return search;
    }

    public BooleanProperty onlyLockedOrPinnedProperty() {
        return onlyLockedOrPinned;
    }

    @Override
    public BooleanProperty filterProperty() {
        return onlyLockedOrPinned;
    }

    @Override
    public String label(ProgramIntent intent) {
        return intent.label();
    }

    @Override
    public ObjectProperty<ProgramRow> selectedProperty() {
        return selected;
    }

    @Override
    public ReadOnlyObjectProperty<IntentState> intentState(ProgramIntent intent) {
        return intentStates.get(intent).getReadOnlyProperty();
    }

    /** Starts {@code intent} for the selected program; does nothing when the intent is disabled. */
    @Override
    public void start(ProgramIntent intent) {
        ProgramRow p = selected.get();
        if (p == null || !intentStates.get(intent).get().enabled()) {
            return;
        }
        switch (intent) {
            case UPDATE_CODE -> intents.updateCode(p, List.of());
            case CHANGE_SETTINGS -> intents.changeSettings(p);
            case DELETE -> intents.delete(p);
            case RECREATE -> intents.recreate(p);
            case ROLL_BACK -> intents.rollBackCode(p);
        }
    }

    /** Files dropped on a program's row: "update code" with them, when that program allows it. */
    @Override
    public boolean dropOnRow(ProgramRow row, List<Path> files) {
        if (files.isEmpty() || offlineReason.get() != null || !ProgramIntentRules.of(ProgramIntent.UPDATE_CODE, row).enabled()) {
            return false;
        }
        intents.updateCode(row, files);
        return true;
    }

    private void refilter() {
        filtered.setPredicate(matches(search.get(), onlyLockedOrPinned.get()));
    }

    static Predicate<ProgramRow> matches(String text, boolean onlyLockedOrPinned) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return row -> (!onlyLockedOrPinned || row.locked() || row.anyPinned())
                && (needle.isEmpty() || contains(row.name(), needle) || contains(row.itemHash(), needle)
                        || contains(row.url(), needle) || contains(row.owner(), needle));
    }

    private static boolean contains(String field, String needle) {
        return field != null && field.toLowerCase(Locale.ROOT).contains(needle);
    }

    private void updateIntents() {
        ProgramRow p = selected.get();
        String offline = offlineReason.get();
        intentStates.forEach((intent, state) -> {
            IntentState rule = ProgramIntentRules.of(intent, p);
            state.set(offline != null && rule.enabled() ? IntentState.disabled(offline) : rule);
        });
    }
}
