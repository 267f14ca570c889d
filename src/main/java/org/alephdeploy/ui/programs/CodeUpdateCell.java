package org.alephdeploy.ui.programs;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import org.alephdeploy.ui.control.LazyTooltip;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The "code update does" cell: the few words of {@link CodeUpdate} in its colour, the whole
 * explanation on hover. One label and one icon per cell, reused from row to row.
 */
final class CodeUpdateCell extends TableCell<ProgramRow, ProgramRow> {
    private final Label label = new Label();
    private final FontIcon icon = new FontIcon(Feather.CHECK);
    private String shownClass;

    CodeUpdateCell() {
        label.getStyleClass().add("effect-chip");
        icon.getStyleClass().add("effect-icon");
        label.setGraphic(icon);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(ProgramRow item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        CodeUpdate update = item.codeUpdate();
        label.setText(update.text());
        icon.setIconCode(switch (update.kind()) {
            case IN_PLACE -> Feather.CHECK;
            case AMEND, RECREATE -> Feather.EXTERNAL_LINK;
            case WONT_START -> Feather.X_OCTAGON;
            case DOES_NOT_VERIFY -> Feather.SHIELD_OFF;
            case NOT_POSSIBLE -> Feather.MINUS;
        });
        String now = update.kind().styleClass();
        if (!now.equals(shownClass)) {
            if (shownClass != null) {
                label.getStyleClass().remove(shownClass);
            }
            label.getStyleClass().add(now);
            shownClass = now;
        }
        LazyTooltip.of(label).setText(update.tip());
        if (getGraphic() != label) {
            setGraphic(label);
        }
    }
}
