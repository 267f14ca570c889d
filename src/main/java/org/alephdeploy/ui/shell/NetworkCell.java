package org.alephdeploy.ui.shell;

import javafx.scene.control.ListCell;
import org.alephdeploy.ui.fx.I18n;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A network in the header's list: its name and an icon for its kind. */
final class NetworkCell extends ListCell<Network> {
    @Override
    protected void updateItem(Network item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        setText(item.url() == null && item.kind() == Network.Kind.CUSTOM ? I18n.get("shell.network.custom") : item.label());
        setGraphic(new FontIcon(switch (item.kind()) {
            case MAINNET -> Feather.GLOBE;
            case CUSTOM -> Feather.SERVER;
            case SANDBOX -> Feather.PACKAGE;
        }));
    }
}
