package org.alephdeploy.ui.details;

import java.util.List;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.alephdeploy.ui.control.Badge;
import org.alephdeploy.ui.control.CopyableHash;
import org.alephdeploy.ui.fx.I18n;

/** Code-behind of {@code Details.fxml}: every field, amend chain, revisions, dependencies, raw JSON. */
public final class DetailsController {
    /** The value column never goes narrower than this, so a long hash wraps in it rather than squeezing the labels. */
    private static final double VALUE_MIN_WIDTH = 60;
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
    private Label historyHeading;
    @FXML
    private VBox historyBox;
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
    private HBox rawJsonHeading;
    @FXML
    private Label emptyLabel;
    @FXML
    private Badge unverifiedBadge;
    @FXML
    private Label unverifiedLabel;
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
        emptyLabel.textProperty().bind(vm.emptyHintProperty());
        var json = vm.prettyJsonProperty().isNotEmpty();
        rawJsonHeading.visibleProperty().bind(json);
        rawJsonHeading.managedProperty().bind(json);
        rawJsonArea.visibleProperty().bind(json);
        rawJsonArea.managedProperty().bind(json);
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
        kindLabel.setText(I18n.get(switch (d.kind()) {
            case PROGRAM -> "details.pane.kindProgram";
            case VOLUME -> "details.pane.kindVolume";
            case OPERATION -> "details.pane.kindOperation";
        }));
        titleLabel.setText(d.title());
        boolean lies = d.verifyWords() != null;
        unverifiedBadge.setVisible(lies);
        unverifiedBadge.setManaged(lies);
        unverifiedLabel.setVisible(lies);
        unverifiedLabel.setManaged(lies);
        unverifiedLabel.setText(lies ? I18n.format(d.kind() == ItemDetails.Kind.VOLUME ? "volumes.reason.doesNotVerify"
                : "programs.reason.doesNotVerify", d.verifyWords()) : "");
        hashView.setHash(d.itemHash());
        fieldsGrid.getChildren().clear();
        fieldsGrid.getColumnConstraints().setAll(labelColumn(), valueColumn());
        int row = 0;
        for (ItemDetails.Field f : d.fields()) {
            Label label = new Label(f.label());
            label.getStyleClass().add("field-label");
            label.setMinWidth(Region.USE_PREF_SIZE);
            Label value = new Label(f.value());
            value.setWrapText(true);
            value.setMinWidth(VALUE_MIN_WIDTH);
            if (f.monospace()) {
                value.getStyleClass().add("mono");
            }
            fieldsGrid.addRow(row++, label, value);
        }
        section(amendHeading, amendChainBox, d.amendChain(), DetailsEntries::chainEntry, d.kind() == ItemDetails.Kind.PROGRAM);
        section(revisionsHeading, revisionsBox, d.revisions(), e -> DetailsEntries.revisionEntry(e, vm), d.kind() != ItemDetails.Kind.OPERATION);
        section(historyHeading, historyBox, d.history(), e -> DetailsEntries.historyEntry(e, vm), d.kind() == ItemDetails.Kind.PROGRAM);
        section(dependsHeading, dependsOnBox, d.dependsOn(), DetailsEntries::link, d.kind() == ItemDetails.Kind.PROGRAM);
        section(usedByHeading, usedByBox, d.usedBy(), DetailsEntries::link, d.kind() != ItemDetails.Kind.OPERATION);
        detailsScroll.setVvalue(0);
    }

    /** The labels keep their whole width: a 64-character hash in the value column wraps instead of squeezing them. */
    private static ColumnConstraints labelColumn() {
        ColumnConstraints c = new ColumnConstraints();
        c.setMinWidth(Region.USE_PREF_SIZE);
        c.setHgrow(Priority.NEVER);
        return c;
    }

    private static ColumnConstraints valueColumn() {
        ColumnConstraints c = new ColumnConstraints();
        c.setMinWidth(VALUE_MIN_WIDTH);
        c.setHgrow(Priority.ALWAYS);
        return c;
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
