package org.alephdeploy.ui.fx;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;

/**
 * Whether a node can be seen: it is in a scene and it and all its ancestors are visible (a tab
 * that is not selected hides its content this way). JavaFX still lays out and styles hidden
 * nodes, so a table in a hidden tab built its rows with every load; its owner can wait for this
 * to turn true instead. FX thread only.
 */
public final class TreeShowing {
    private final Node node;
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing");
    private final List<Node> watched = new ArrayList<>();
    private final InvalidationListener recheck = o -> update();

    private TreeShowing(Node node) {
        this.node = node;
        node.sceneProperty().addListener(recheck);
        update();
    }

    public static ReadOnlyBooleanProperty of(Node node) {
        return new TreeShowing(node).showing.getReadOnlyProperty();
    }

    private void update() {
        for (Node n : watched) {
            n.visibleProperty().removeListener(recheck);
            n.parentProperty().removeListener(recheck);
        }
        watched.clear();
        boolean visible = node.getScene() != null;
        for (Node n = node; n != null; n = n.getParent()) {
            n.visibleProperty().addListener(recheck);
            n.parentProperty().addListener(recheck);
            watched.add(n);
            visible &= n.isVisible();
        }
        showing.set(visible);
    }
}
