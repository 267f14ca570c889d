package org.alephdeploy.ui.wizard;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.alephdeploy.ui.control.CopyableHash;
import org.alephdeploy.ui.control.Identicon;
import org.alephdeploy.ui.fx.I18n;

/**
 * Who signs, shown the same way on every wizard page that shows it (declared in FXML): "Signed by",
 * the identicon, the account's name, and below it the short address with copy and, for an account
 * that cannot sign, why. Binds to a {@link SignerViewModel}.
 */
public final class SignerLine extends HBox {
    private final Identicon identicon = new Identicon();
    private final Label name = new Label();
    private final CopyableHash address = new CopyableHash();
    private final Label note = new Label();

    public SignerLine() {
        super(10);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("confirm-signer");
        Label caption = new Label(I18n.get("wizard.confirm.signer"));
        caption.getStyleClass().add("text-muted");
        name.getStyleClass().add("account-name");
        address.getStyleClass().add("text-muted");
        note.getStyleClass().add("wizard-warning");
        note.setWrapText(true);
        note.managedProperty().bind(note.visibleProperty());
        address.managedProperty().bind(address.visibleProperty());
        getChildren().addAll(caption, identicon, new VBox(1, name, address, note));
    }

    /** Shows {@code model} from now on. */
    public void bind(SignerViewModel model) {
        identicon.addressProperty().bind(model.addressProperty());
        name.textProperty().bind(model.nameProperty());
        address.hashProperty().bind(model.addressProperty());
        address.visibleProperty().bind(model.addressProperty().isNotEmpty());
        note.textProperty().bind(model.noteProperty());
        note.visibleProperty().bind(model.noteProperty().isNotNull());
    }

    /** The name as shown (for tests and the screenshot tool). */
    public String shownName() {
        return name.getText();
    }

    /** The full address behind the short one (for tests). */
    public String shownAddress() {
        return address.getHash();
    }
}
