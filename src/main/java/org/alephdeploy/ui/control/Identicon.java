package org.alephdeploy.ui.control;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/**
 * A small square picture of an address, so that two accounts are told apart at a glance.
 * Cells are regions coloured by the {@code identicon-hue-N} classes in app.css, so the theme
 * decides the colours.
 */
public final class Identicon extends GridPane {
    private final StringProperty address = new SimpleStringProperty(this, "address");

    public Identicon() {
        getStyleClass().add("identicon");
        address.addListener((obs, old, now) -> redraw());
        redraw();
    }

    public StringProperty addressProperty() {
        return address;
    }

    public String getAddress() {
        return address.get();
    }

    public void setAddress(String value) {
        address.set(value);
    }

    private void redraw() {
        getChildren().clear();
        getStyleClass().removeIf(c -> c.startsWith("identicon-hue-"));
        IdenticonPattern pattern = IdenticonPattern.of(address.get());
        getStyleClass().add("identicon-hue-" + pattern.hue());
        for (int row = 0; row < IdenticonPattern.SIZE; row++) {
            for (int col = 0; col < IdenticonPattern.SIZE; col++) {
                Region cell = new Region();
                cell.getStyleClass().add(pattern.on(row, col) ? "identicon-on" : "identicon-off");
                add(cell, col, row);
            }
        }
    }
}
