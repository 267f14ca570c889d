package org.alephdeploy.ui.activity;

import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.function.Consumer;

/** The journal's operations, newest first by default. FX thread only. */
public final class ActivityViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ActivityViewModel.class);
    private final ObservableList<ActivityRow> rows = FXCollections.observableArrayList();
    private final SortedList<ActivityRow> sorted = new SortedList<>(rows,
            Comparator.comparing(ActivityRow::started).reversed());
    private final ObjectProperty<ActivityRow> selected = new SimpleObjectProperty<>(this, "selected");
    private ActivityActions actions = ActivityActions.NONE;

    /** Where resume, abandon and open backup go (the wizards' launcher); until set they are only logged. */
    public void setActions(ActivityActions value) {
        this.actions = value == null ? ActivityActions.NONE : value;
    }

    public void resumeSelected() {
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
