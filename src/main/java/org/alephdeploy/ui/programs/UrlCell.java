package org.alephdeploy.ui.programs;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.alephdeploy.ui.control.LazyTooltip;
import org.alephdeploy.ui.fx.I18n;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The URL cell: the program's address cut in the middle (the whole one on hover), then Open (in
 * the browser) and Copy URL. Kept nodes, reused from row to row.
 */
final class UrlCell extends TableCell<ProgramRow, ProgramRow> {
    private final Label url = new Label();
    private final Button open = new Button(null, new FontIcon(Feather.EXTERNAL_LINK));
    private final Button copy = new Button(null, new FontIcon(Feather.COPY));
    private final HBox box = new HBox(2, url, open, copy);

    UrlCell(Consumer<ProgramRow> onOpen, Consumer<ProgramRow> onCopy) {
        url.getStyleClass().addAll("mono", "url-label");
        url.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        url.setMinWidth(40);
        HBox.setHgrow(url, Priority.ALWAYS);
        url.setMaxWidth(Double.MAX_VALUE);
        open.getStyleClass().addAll("button-icon", "flat", "small", "row-open-url");
        open.setTooltip(new Tooltip(I18n.get("programs.table.openTip")));
        open.setOnAction(e -> onOpen.accept(getItem()));
        copy.getStyleClass().addAll("button-icon", "flat", "small", "row-copy-url");
        copy.setTooltip(new Tooltip(I18n.get("programs.table.copyUrl")));
        copy.setOnAction(e -> onCopy.accept(getItem()));
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
