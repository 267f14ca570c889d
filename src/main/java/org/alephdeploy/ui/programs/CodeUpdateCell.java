package org.alephdeploy.ui.programs;

import javafx.css.PseudoClass;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import org.alephdeploy.ui.control.LazyTooltip;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The "code update does" cell: the few words of {@link CodeUpdate} in its colour, the whole
 * explanation on hover. One label and one icon per cell, reused from row to row; the colour is a
 * pseudo-class of the label ({@code .effect-chip:effect-in-place}, … in app.css), since changing
 * a style class would make JavaFX match the label against every stylesheet again.
 */
final class CodeUpdateCell extends TableCell<ProgramRow, ProgramRow> {
    private final Label label = new Label();
    private final FontIcon icon = new FontIcon(Feather.CHECK);
    private PseudoClass shown;

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
        PseudoClass now = PseudoClass.getPseudoClass(update.kind().look());
        if (now != shown) {
            if (shown != null) {
                label.pseudoClassStateChanged(shown, false);
            }
            label.pseudoClassStateChanged(now, true);
            shown = now;
        }
        LazyTooltip.of(label).setText(update.tip());
        if (getGraphic() != label) {
            setGraphic(label);
        }
    }
}
