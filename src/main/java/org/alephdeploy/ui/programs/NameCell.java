package org.alephdeploy.ui.programs;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.alephdeploy.ui.control.LazyTooltip;
import org.alephdeploy.ui.fx.I18n;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The program cell: its name on the first line; its URL (cut in the middle, whole on hover), Open
 * (in the browser) and Copy URL on the second. Open and Copy URL are bare icons that act on a
 * click, not buttons: a button is a skinned control with its own text node and many stylesheet
 * rules, and two per row made building and styling the table's first screenful the FX thread's
 * longest pulse while a big inventory arrived. The keyboard reaches both through the table
 * ({@link ProgramsController}: Shortcut+O, Shortcut+Shift+C on the selected row). Nodes are kept
 * and reused from row to row; tooltips are built on first hover.
 */
final class NameCell extends TableCell<ProgramRow, ProgramRow> {
    private static Tooltip openTip;
    private static Tooltip copyTip;

    private final Label name = new Label();
    private final Label url = new Label();
    private final FontIcon open;
    private final FontIcon copy;
    private final VBox box;

    NameCell(Consumer<ProgramRow> onOpen, Consumer<ProgramRow> onCopy) {
        name.getStyleClass().add("row-title");
        name.setMinWidth(0);
        url.getStyleClass().addAll("mono", "url-label", "text-small");
        url.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        url.setMinWidth(40);
        url.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(url, Priority.SOMETIMES);
        open = action(Feather.EXTERNAL_LINK, "row-open-url",
                I18n.format("programs.table.openTip", ProgramsController.OPEN_KEY.getDisplayText()), onOpen);
        copy = action(Feather.COPY, "row-copy-url",
                I18n.format("programs.table.copyUrlTip", ProgramsController.COPY_URL_KEY.getDisplayText()), onCopy);
        HBox second = new HBox(4, url, open, copy);
        second.setAlignment(Pos.CENTER_LEFT);
        second.getStyleClass().add("url-line");
        box = new VBox(0, name, second);
        box.setAlignment(Pos.CENTER_LEFT);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    private FontIcon action(Ikon icon, String styleClass, String text, Consumer<ProgramRow> onAction) {
        FontIcon action = new FontIcon(icon);
        action.getStyleClass().addAll("row-action", styleClass);
        action.setCursor(Cursor.HAND);
        action.setAccessibleRole(AccessibleRole.BUTTON);
        action.setAccessibleText(text);
        action.setPickOnBounds(true);
        action.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            if (!action.getProperties().containsKey(Tooltip.class)) {
                action.getProperties().put(Tooltip.class, Boolean.TRUE);
                Tooltip.install(action, sharedTip(styleClass, text));
            }
        });
        action.setOnMouseClicked(e -> {
            ProgramRow row = getItem();
            if (e.getButton() == MouseButton.PRIMARY && row != null && !action.isDisable()) {
                onAction.accept(row);
                e.consume();
            }
        });
        return action;
    }

    /** One tooltip for all the Open icons and one for all the Copy URL icons: their text never changes. */
    private static Tooltip sharedTip(String styleClass, String text) {
        if (styleClass.equals("row-open-url")) {
            openTip = openTip != null ? openTip : new Tooltip(text);
            return openTip;
        }
        copyTip = copyTip != null ? copyTip : new Tooltip(text);
        return copyTip;
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
