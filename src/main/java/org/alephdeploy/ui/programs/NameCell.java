package org.alephdeploy.ui.programs;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.alephdeploy.ui.control.LazyTooltip;
import org.alephdeploy.ui.fx.I18n;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The program cell: its name on the first line; its URL (cut in the middle, whole on hover), Open
 * (in the browser) and Copy URL on the second. Kept nodes, reused from row to row; the buttons'
 * tooltips too are built on first hover, not per cell while a load fills the table.
 */
final class NameCell extends TableCell<ProgramRow, ProgramRow> {
    private final Label name = new Label();
    private final Label url = new Label();
    private final Button open = new Button(null, new FontIcon(Feather.EXTERNAL_LINK));
    private final Button copy = new Button(null, new FontIcon(Feather.COPY));
    private final VBox box;

    NameCell(Consumer<ProgramRow> onOpen, Consumer<ProgramRow> onCopy) {
        name.getStyleClass().add("row-title");
        name.setMinWidth(0);
        url.getStyleClass().addAll("mono", "url-label", "text-small");
        url.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        url.setMinWidth(40);
        url.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(url, Priority.SOMETIMES);
        open.getStyleClass().addAll("button-icon", "flat", "row-open-url");
        LazyTooltip.of(open).setText(I18n.get("programs.table.openTip"));
        open.setOnAction(e -> onOpen.accept(getItem()));
        copy.getStyleClass().addAll("button-icon", "flat", "row-copy-url");
        LazyTooltip.of(copy).setText(I18n.get("programs.table.copyUrl"));
        copy.setOnAction(e -> onCopy.accept(getItem()));
        HBox second = new HBox(2, url, open, copy);
        second.setAlignment(Pos.CENTER_LEFT);
        second.getStyleClass().add("url-line");
        box = new VBox(0, name, second);
        box.setAlignment(Pos.CENTER_LEFT);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(ProgramRow item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        name.setText(item.displayName());
        LazyTooltip.of(name).setText(item.displayName());
        String address = item.url() == null ? "" : item.url();
        url.setText(address.replaceFirst("^https?://", ""));
        LazyTooltip.of(url).setText(address);
        open.setDisable(address.isEmpty());
        copy.setDisable(address.isEmpty());
        if (getGraphic() != box) {
            setGraphic(box);
        }
    }
}
