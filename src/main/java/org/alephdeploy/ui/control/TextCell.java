package org.alephdeploy.ui.control;

import java.util.function.Function;
import javafx.scene.control.TableCell;

/**
 * A table cell that shows a ready string and nothing else: no graphic, no nodes made per update.
 * Optionally a hover text, built only when the pointer enters.
 */
public final class TextCell<S, T> extends TableCell<S, T> {
    private final Function<T, String> text;
    private Function<T, String> tip;

    public TextCell(Function<T, String> text, String... styleClasses) {
        this.text = text;
        getStyleClass().addAll(styleClasses);
    }

    /** Shows {@code value} of the item on hover. */
    public TextCell<S, T> withTip(Function<T, String> value) {
        this.tip = value;
        return this;
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        boolean none = empty || item == null;
        setText(none ? null : text.apply(item));
        if (tip != null) {
            LazyTooltip.of(this).setText(none ? null : tip.apply(item));
        }
    }
}
