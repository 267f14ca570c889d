package org.alephdeploy.ui.control;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;

/**
 * A table cell showing a row of badges worked out beforehand. The cell keeps its badges and
 * reuses them from item to item; only the badges in use are children, so lookups see no hidden
 * ones. With no badges it shows a muted word instead, when one is given.
 */
public final class BadgesCell<S, T> extends TableCell<S, T> {
    private final Function<T, List<BadgeSpec>> badges;
    private final String emptyText;
    private final HBox box = new HBox(4);
    private final List<Badge> pool = new ArrayList<>();
    private Label none;

    public BadgesCell(Function<T, List<BadgeSpec>> badges, String emptyText) {
        this.badges = badges;
        this.emptyText = emptyText;
        box.getStyleClass().add("pin-badges");
        box.setAlignment(Pos.CENTER_LEFT);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    public BadgesCell(Function<T, List<BadgeSpec>> badges) {
        this(badges, null);
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        List<BadgeSpec> specs = badges.apply(item);
        List<Node> shown = new ArrayList<>(Math.max(1, specs.size()));
        for (int i = 0; i < specs.size(); i++) {
            if (pool.size() <= i) {
                pool.add(new Badge());
            }
            Badge badge = pool.get(i);
            specs.get(i).applyTo(badge);
            shown.add(badge);
        }
        if (specs.isEmpty() && emptyText != null) {
            if (none == null) {
                none = new Label(emptyText);
                none.getStyleClass().add("text-muted");
            }
            shown.add(none);
        }
        if (!box.getChildren().equals(shown)) {
            box.getChildren().setAll(shown);
        }
        if (getGraphic() != box) {
            setGraphic(box);
        }
    }
}
