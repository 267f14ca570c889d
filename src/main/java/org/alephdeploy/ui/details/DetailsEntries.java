package org.alephdeploy.ui.details;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.alephdeploy.ui.control.Badge;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.model.ShortHash;
import org.alephdeploy.ui.model.Sizes;
import org.alephdeploy.ui.model.TimeLabels;

/** The details pane's list entries: amend chain, revisions, deployment history, dependencies. One per item shown. */
final class DetailsEntries {
    private DetailsEntries() {
    }

    static Node chainEntry(ItemDetails.ChainEntry e) {
        Label hash = mono(ShortHash.of(e.itemHash()));
        Label note = new Label(e.note());
        note.setWrapText(true);
        note.getStyleClass().add("timeline-note");
        VBox entry = new VBox(1, line(e.current(), hash, muted(TimeLabels.shortTime(e.time()))), note);
        entry.getStyleClass().add("timeline-entry");
        return entry;
    }

    static Node revisionEntry(ItemDetails.ChainEntry e, DetailsViewModel vm) {
        VBox entry = (VBox) chainEntry(e);
        if (e.rollBackable() && vm.rollBackActionProperty().get() != null) {
            entry.getChildren().add(rollBack(e.itemHash(), vm));
        }
        return entry;
    }

    /** "Code revision · 2026-12-01 10:00", the file and its size, who signed it, and Roll back here when it can. */
    static Node historyEntry(ItemDetails.HistoryEntry e, DetailsViewModel vm) {
        Label step = new Label(I18n.get(switch (e.step()) {
            case CODE_REVISION -> "details.history.codeRevision";
            case ORIGINAL -> "details.history.original";
            case AMEND -> "details.history.amend";
        }));
        step.getStyleClass().add("history-step");
        String file = e.fileName() == null ? I18n.get("details.history.unnamedFile") : e.fileName();
        String size = e.sizeBytes() == null ? "" : " · " + Sizes.bytes(e.sizeBytes());
        Label what = new Label(file + size);
        what.setWrapText(true);
        String signer = e.signer() == null ? "—" : e.signerName() != null
                ? I18n.format("details.history.signedByName", e.signerName(), ShortHash.address(e.signer()))
                : I18n.format("details.history.signedBy", ShortHash.address(e.signer()));
        Label who = muted(signer);
        who.setWrapText(true);
        step.setMinWidth(Region.USE_PREF_SIZE);
        step.setTooltip(new Tooltip(e.itemHash()));
        Label when = muted(TimeLabels.shortTime(e.time()));
        when.setMinWidth(Region.USE_PREF_SIZE);
        VBox entry = new VBox(1, line(e.current(), step, when), what, who);
        entry.getStyleClass().addAll("timeline-entry", "history-entry");
        if (e.rollBackTo() != null && vm.rollBackActionProperty().get() != null) {
            entry.getChildren().add(rollBack(e.rollBackTo(), vm));
        } else if (e.restore() != null && vm.restoreActionProperty().get() != null) {
            Hyperlink back = new Hyperlink(I18n.get("details.pane.rollBack"));
            back.getStyleClass().add("roll-back-link");
            back.setTooltip(new Tooltip(I18n.get("details.history.restoreTip")));
            back.setOnAction(ev -> vm.restore(e.restore()));
            entry.getChildren().add(back);
        } else if (e.cannotRestore() != null) {
            Label why = muted(e.cannotRestore());
            why.setWrapText(true);
            why.getStyleClass().add("history-cannot-restore");
            entry.getChildren().add(why);
        }
        return entry;
    }

    static Node link(ItemDetails.Link l) {
        Badge pin = l.followsLatest()
                ? new Badge(Badge.Variant.FOLLOWS, I18n.get("details.pane.follows"))
                : new Badge(Badge.Variant.PINNED, I18n.get("details.pane.pinned"));
        Label name = new Label(l.name());
        name.getStyleClass().add("row-title");
        Label hash = mono(ShortHash.of(l.itemHash()));
        hash.getStyleClass().add("text-muted");
        HBox top = new HBox(8, pin, name);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox bottom = new HBox(8, hash, muted(l.role()));
        bottom.getStyleClass().add("dependency-meta");
        VBox entry = new VBox(2, top, bottom);
        entry.getStyleClass().add("dependency");
        return entry;
    }

    private static Hyperlink rollBack(String revision, DetailsViewModel vm) {
        Hyperlink back = new Hyperlink(I18n.get("details.pane.rollBack"));
        back.getStyleClass().add("roll-back-link");
        back.setTooltip(new Tooltip(I18n.get("details.pane.rollBackTip")));
        back.setOnAction(ev -> vm.rollBackTo(revision));
        return back;
    }

    private static HBox line(boolean current, Node... parts) {
        Label dot = new Label(current ? "●" : "○");
        dot.getStyleClass().add(current ? "timeline-current" : "timeline-dot");
        HBox line = new HBox(8, dot);
        line.getChildren().addAll(parts);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private static Label mono(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("mono");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        return label;
    }
}
