package org.alephdeploy.ui.details;

import java.util.List;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.alephdeploy.ui.control.Badge;
import org.alephdeploy.ui.control.CopyableHash;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.model.ShortHash;
import org.alephdeploy.ui.model.TimeLabels;

/** Code-behind of {@code Details.fxml}: every field, amend chain, revisions, dependencies, raw JSON. */
public final class DetailsController {
    private final DetailsViewModel vm;

    @FXML
    private VBox emptyBox;
    @FXML
    private ScrollPane detailsScroll;
    @FXML
    private Label kindLabel;
    @FXML
    private Label titleLabel;
    @FXML
    private CopyableHash hashView;
    @FXML
    private GridPane fieldsGrid;
    @FXML
    private Label amendHeading;
    @FXML
    private VBox amendChainBox;
    @FXML
    private Label revisionsHeading;
    @FXML
    private VBox revisionsBox;
    @FXML
    private Label dependsHeading;
    @FXML
    private VBox dependsOnBox;
    @FXML
    private Label usedByHeading;
    @FXML
    private VBox usedByBox;
    @FXML
    private TextArea rawJsonArea;
    @FXML
    private HBox localRunHeading;
    @FXML
    private Label localRunLabel;

    public DetailsController(DetailsViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        emptyBox.visibleProperty().bind(vm.empty());
        detailsScroll.visibleProperty().bind(vm.empty().not());
        rawJsonArea.textProperty().bind(vm.prettyJsonProperty());
        localRunLabel.textProperty().bind(vm.localRunProperty());
        var shown = vm.localRunProperty().isNotEmpty();
        localRunHeading.visibleProperty().bind(shown);
        localRunHeading.managedProperty().bind(shown);
        localRunLabel.visibleProperty().bind(shown);
        localRunLabel.managedProperty().bind(shown);
        vm.itemProperty().addListener((obs, old, now) -> render(now));
        render(vm.itemProperty().get());
    }

    private void render(ItemDetails d) {
        if (d == null) {
            return;
        }
        kindLabel.setText(I18n.get(d.kind() == ItemDetails.Kind.PROGRAM ? "details.pane.kindProgram" : "details.pane.kindVolume"));
        titleLabel.setText(d.title());
        hashView.setHash(d.itemHash());
        fieldsGrid.getChildren().clear();
        int row = 0;
        for (ItemDetails.Field f : d.fields()) {
            Label label = new Label(f.label());
            label.getStyleClass().add("field-label");
            label.setMinWidth(Region.USE_PREF_SIZE);
            Label value = new Label(f.value());
            value.setWrapText(true);
            if (f.monospace()) {
                value.getStyleClass().add("mono");
            }
            fieldsGrid.addRow(row++, label, value);
        }
        section(amendHeading, amendChainBox, d.amendChain(), DetailsController::chainEntry, d.kind() == ItemDetails.Kind.PROGRAM);
        section(revisionsHeading, revisionsBox, d.revisions(), this::revisionEntry, true);
        section(dependsHeading, dependsOnBox, d.dependsOn(), DetailsController::link, d.kind() == ItemDetails.Kind.PROGRAM);
        section(usedByHeading, usedByBox, d.usedBy(), DetailsController::link, true);
        detailsScroll.setVvalue(0);
    }

    private static <T> void section(Label heading, VBox box, List<T> items, Function<T, Node> render, boolean shown) {
        heading.setVisible(shown);
        heading.setManaged(shown);
        box.setVisible(shown);
        box.setManaged(shown);
        box.getChildren().setAll(items.stream().map(render).toList());
        if (items.isEmpty()) {
            Label none = new Label(I18n.get("details.pane.none"));
            none.getStyleClass().add("text-muted");
            box.getChildren().add(none);
        }
    }

    private static Node chainEntry(ItemDetails.ChainEntry e) {
        Label dot = new Label(e.current() ? "●" : "○");
        dot.getStyleClass().add(e.current() ? "timeline-current" : "timeline-dot");
        Label hash = new Label(ShortHash.of(e.itemHash()));
        hash.getStyleClass().add("mono");
        Label when = new Label(TimeLabels.shortTime(e.time()));
        when.getStyleClass().add("text-muted");
        hash.setMinWidth(Region.USE_PREF_SIZE);
        Label note = new Label(e.note());
        note.setWrapText(true);
        note.getStyleClass().add("timeline-note");
        HBox line = new HBox(8, dot, hash, when);
        line.setAlignment(Pos.CENTER_LEFT);
        VBox entry = new VBox(1, line, note);
        entry.getStyleClass().add("timeline-entry");
        return entry;
    }

    private Node revisionEntry(ItemDetails.ChainEntry e) {
        Node entry = chainEntry(e);
        if (e.rollBackable() && vm.rollBackActionProperty().get() != null) {
            javafx.scene.control.Hyperlink back = new javafx.scene.control.Hyperlink(I18n.get("details.pane.rollBack"));
            back.getStyleClass().add("roll-back-link");
            back.setTooltip(new javafx.scene.control.Tooltip(I18n.get("details.pane.rollBackTip")));
            back.setOnAction(ev -> vm.rollBackTo(e.itemHash()));
            ((VBox) entry).getChildren().add(back);
        }
        return entry;
    }

    private static Node link(ItemDetails.Link l) {
        Badge pin = l.followsLatest()
                ? new Badge(Badge.Variant.FOLLOWS, I18n.get("details.pane.follows"))
                : new Badge(Badge.Variant.PINNED, I18n.get("details.pane.pinned"));
        Label name = new Label(l.name());
        name.getStyleClass().add("row-title");
        Label role = new Label(l.role());
        role.getStyleClass().add("text-muted");
        Label hash = new Label(ShortHash.of(l.itemHash()));
        hash.getStyleClass().addAll("mono", "text-muted");
        hash.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(8, pin, name);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox bottom = new HBox(8, hash, role);
        bottom.getStyleClass().add("dependency-meta");
        VBox entry = new VBox(2, top, bottom);
        entry.getStyleClass().add("dependency");
        return entry;
    }

    /** Brings the pane into view (Enter on a table). */
    public void reveal() {
        detailsScroll.setVvalue(0);
    }

    @FXML
    private void onOpenLocal() {
        vm.openLocal();
    }

    @FXML
    private void onCopyJson() {
        ItemDetails d = vm.itemProperty().get();
        if (d != null) {
            ClipboardContent content = new ClipboardContent();
            content.putString(d.rawJson());
            Clipboard.getSystemClipboard().setContent(content);
        }
    }
}
