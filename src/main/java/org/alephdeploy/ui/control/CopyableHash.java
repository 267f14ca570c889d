package org.alephdeploy.ui.control;

import java.util.function.UnaryOperator;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.model.ShortHash;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A shortened hash in monospace with a button that copies the full hash. */
public final class CopyableHash extends HBox {
    private final StringProperty hash = new SimpleStringProperty(this, "hash");
    private final Label label = new Label();
    private final Button copy = new Button(null, new FontIcon(Feather.COPY));

    public CopyableHash() {
        this(ShortHash::of);
    }

    /** A value shown as {@code shown} makes it (a URL with its hash shortened), the full value in the tooltip and the copy. */
    public CopyableHash(UnaryOperator<String> shown) {
        super(4);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("copyable-hash");
        label.getStyleClass().add("mono");
        label.setMinWidth(USE_PREF_SIZE);
        copy.getStyleClass().addAll("button-icon", "flat", "small", "copy-button");
        LazyTooltip.of(copy).setText(I18n.get("control.hash.copy"));
        copy.setFocusTraversable(false);
        copy.setOnAction(e -> copyToClipboard());
        hash.addListener((obs, old, now) -> {
            label.setText(shown.apply(now));
            LazyTooltip.of(label).setText(now);
        });
        getChildren().addAll(label, copy);
    }

    public CopyableHash(String value) {
        this();
        setHash(value);
    }

    public StringProperty hashProperty() {
        return hash;
    }

    public String getHash() {
        return hash.get();
    }

    public void setHash(String value) {
        hash.set(value);
    }

    public void copyToClipboard() {
        if (hash.get() != null) {
            ClipboardContent content = new ClipboardContent();
            content.putString(hash.get());
            Clipboard.getSystemClipboard().setContent(content);
        }
    }
}
