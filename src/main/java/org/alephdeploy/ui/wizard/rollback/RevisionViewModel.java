package org.alephdeploy.ui.wizard.rollback;

import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.alephdeploy.ui.fx.FxTasks;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.model.ShortHash;
import org.alephdeploy.ui.model.Sizes;
import org.alephdeploy.ui.model.TimeLabels;

/**
 * The "choose the revision" page: the timeline read on a worker, each revision in words (file
 * name, size, date, signer); choosing one that cannot become current again says why and keeps
 * Next off. A revision handed over (the details pane's "Roll back here") starts chosen. FX thread only.
 */
public final class RevisionViewModel {
    private final RollBackInputs inputs;
    private final ObservableList<RevisionTimeline.Revision> revisions = FXCollections.observableArrayList();
    private final ObjectProperty<RevisionTimeline.Revision> chosen = new SimpleObjectProperty<>(this, "chosen");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", true);
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final String hint;

    /** @param timeline reads the timeline on a worker; empty when the item has none */
    public RevisionViewModel(RollBackInputs inputs, String targetName, FxTasks tasks, Callable<Optional<RevisionTimeline>> timeline) {
        this.inputs = inputs;
        this.hint = I18n.format("wizard.rollBack.hint", targetName);
        chosen.addListener((obs, old, now) -> choose(now));
        tasks.run(timeline).onSuccess(this::show)
                .onError(Exception.class, e -> error.set(I18n.format("wizard.rollBack.failed", String.valueOf(e.getMessage()))))
                .andFinally(() -> loading.set(false))
                .start();
    }

    private void show(Optional<RevisionTimeline> timeline) {
        if (timeline.isEmpty()) {
            error.set(I18n.get("wizard.rollBack.none"));
            return;
        }
        inputs.rootProperty().set(timeline.get().root());
        revisions.setAll(timeline.get().revisions());
        String wanted = inputs.revisionProperty().get();
        error.set(timeline.get().revisions().stream().anyMatch(RevisionTimeline.Revision::rollBackable) ? ""
                : I18n.get("wizard.rollBack.noneChoosable"));
        RevisionTimeline.Revision preselected = revisions.stream().filter(r -> r.itemHash().equals(wanted)).findFirst().orElse(null);
        chosen.set(preselected);
        if (preselected == null) {
            inputs.revisionProperty().set(null);
        }
    }

    private void choose(RevisionTimeline.Revision r) {
        boolean ok = r != null && r.rollBackable();
        inputs.revisionProperty().set(ok ? r.itemHash() : null);
        valid.set(ok && inputs.rootProperty().get() != null);
        if (r != null && !ok) {
            error.set(I18n.get(r.current() ? "wizard.rollBack.isCurrent" : "wizard.rollBack.notChoosable"));
        } else if (ok) {
            error.set("");
        }
    }

    /** One revision in words: which, file name, size, date and signer. */
    public static String words(RevisionTimeline.Revision r) {
        StringBuilder out = new StringBuilder(r.number() == 0 ? I18n.get("wizard.rollBack.root")
                : I18n.format("wizard.rollBack.revision", r.number()));
        out.append(" · ").append(r.fileName() == null ? ShortHash.of(r.itemHash()) : r.fileName());
        if (r.size() != null) {
            out.append(" · ").append(Sizes.bytes(r.size()));
        }
        if (r.time() != null) {
            out.append(" · ").append(TimeLabels.shortTime(r.time()));
        }
        if (r.signer() != null) {
            out.append(" · ").append(I18n.format("wizard.rollBack.signedBy", ShortHash.address(r.signer())));
        }
        if (r.current()) {
            out.append("  ").append(I18n.get("wizard.rollBack.current"));
        }
        return out.toString();
    }

    public String hint() {
        return hint;
    }

    public ObservableList<RevisionTimeline.Revision> revisions() {
        return FXCollections.unmodifiableObservableList(revisions);
    }

    /** The revision the user picked (one that cannot be rolled back to keeps Next off and says why). */
    public ObjectProperty<RevisionTimeline.Revision> chosenProperty() {
        return chosen;
    }

    /** True while the timeline is read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }
}
