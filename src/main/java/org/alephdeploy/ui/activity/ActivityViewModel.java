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

/** The journal's operations, newest first by default. FX thread only. */
public final class ActivityViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ActivityViewModel.class);
    private final ObservableList<ActivityRow> rows = FXCollections.observableArrayList();
    private final SortedList<ActivityRow> sorted = new SortedList<>(rows,
            Comparator.comparing(ActivityRow::started).reversed());
    private final ObjectProperty<ActivityRow> selected = new SimpleObjectProperty<>(this, "selected");

    /** Resuming needs the journal runner, wired in a later round; the request is only logged. */
    public void resumeSelected() {
        LOG.info("resume requested for {}", selected.get() == null ? "nothing" : selected.get().id());
    }

    public void abandonSelected() {
        LOG.info("abandon requested for {}", selected.get() == null ? "nothing" : selected.get().id());
    }

    public void setRows(List<ActivityRow> newRows) {
        rows.setAll(newRows);
    }

    public SortedList<ActivityRow> rows() {
        return sorted;
    }

    public ObjectProperty<ActivityRow> selectedProperty() {
        return selected;
    }
}
