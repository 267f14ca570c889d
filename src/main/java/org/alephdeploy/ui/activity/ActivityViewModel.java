package org.alephdeploy.ui.activity;

import java.util.Comparator;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.model.IntentState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.function.Consumer;

/**
 * The journal's operations, newest first by default, and whether the selected one can be resumed
 * (needs the node, so not offline) or abandoned (only the local journal). FX thread only.
 */
public final class ActivityViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ActivityViewModel.class);
    private final ObservableList<ActivityRow> rows = FXCollections.observableArrayList();
    private final SortedList<ActivityRow> sorted = new SortedList<>(rows,
            Comparator.comparing(ActivityRow::started).reversed());
    private final ObjectProperty<ActivityRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty offlineReason = new SimpleStringProperty(this, "offlineReason");
    private final ObjectBinding<IntentState> resumable = Bindings.createObjectBinding(this::resumeState, selected, offlineReason);
    private final ObjectBinding<IntentState> abandonable = Bindings.createObjectBinding(this::abandonState, selected);
    private ActivityActions actions = ActivityActions.NONE;

    /** Why actions that need the node cannot run now (offline), or null when the node answers. */
    public StringProperty offlineReasonProperty() {
        return offlineReason;
    }

    /** Whether Resume can run for the selection, and why not (nothing selected, not stopped, offline). */
    public ObjectBinding<IntentState> resumableBinding() {
        return resumable;
    }

    /** Whether Abandon can run for the selection; it only writes the local journal, so it works offline. */
    public ObjectBinding<IntentState> abandonableBinding() {
        return abandonable;
    }

    private IntentState resumeState() {
        IntentState stopped = stoppedState("activity.effect.resume");
        return stopped.enabled() && offlineReason.get() != null ? IntentState.disabled(offlineReason.get()) : stopped;
    }

    private IntentState abandonState() {
        return stoppedState("activity.effect.abandon");
    }

    private IntentState stoppedState(String effectKey) {
        ActivityRow row = selected.get();
        if (row == null) {
            return IntentState.disabled(I18n.get("activity.reason.noSelection"));
        }
        boolean stopped = row.state() == ActivityState.INTERRUPTED || row.state() == ActivityState.FAILED;
        return stopped ? IntentState.enabled(I18n.get(effectKey)) : IntentState.disabled(I18n.get("activity.reason.notStopped"));
    }

    /** Where resume, abandon and open backup go (the wizards' launcher); until set they are only logged. */
    public void setActions(ActivityActions value) {
        this.actions = value == null ? ActivityActions.NONE : value;
    }

    /** Resumes the selected operation, unless Resume is disabled now (offline, or the operation is not stopped). */
    public void resumeSelected() {
        if (!resumable.get().enabled()) {
            LOG.info("resume not possible now: {}", resumable.get().reason());
            return;
        }
        run("resume", actions::resume);
    }

    public void abandonSelected() {
        run("abandon", actions::abandon);
    }

    public void openBackupOfSelected() {
        run("open backup", actions::openBackup);
    }

    private void run(String what, Consumer<ActivityRow> action) {
        ActivityRow row = selected.get();
        LOG.info("{} requested for {}", what, row == null ? "nothing" : row.id());
        if (row != null) {
            action.accept(row);
        }
    }

    /** Replaces the rows, keeping the selection on the same operation. */
    public void setRows(List<ActivityRow> newRows) {
        String keep = selected.get() == null ? null : selected.get().id();
        rows.setAll(newRows);
        if (keep != null) {
            selected.set(rows.stream().filter(r -> r.id().equals(keep)).findFirst().orElse(null));
        }
    }

    public SortedList<ActivityRow> rows() {
        return sorted;
    }

    public ObjectProperty<ActivityRow> selectedProperty() {
        return selected;
    }
}
