package org.alephdeploy.ui.wallet;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.alephdeploy.ui.control.Badge;
import org.alephdeploy.ui.control.Identicon;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.wallet.Account;

/** An account in a list: identicon, name, address, and a badge when it is watch-only. */
final class AccountCell extends ListCell<Account> {
    @Override
    protected void updateItem(Account item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        Identicon icon = new Identicon();
        icon.setAddress(item.address());
        Label name = new Label(item.name());
        name.getStyleClass().add("account-name");
        Label address = new Label(item.address());
        address.getStyleClass().addAll("mono", "text-muted", "account-address");
        HBox row = new HBox(8, icon, new VBox(name, address));
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        if (item.watchOnly()) {
            row.getChildren().add(Badge.of(Badge.Variant.PENDING, I18n.get("wallet.badge.watchOnly"), I18n.get("wallet.badge.watchOnlyTip")));
        }
        setText(null);
        setGraphic(row);
    }
}
