package org.alephdeploy.ui.wizard;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.alephdeploy.ui.fx.I18n;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Marks a wizard as a rehearsal while its review page rehearses or shows a rehearsal's result:
 * the sandbox strip (the main window's style) across the top saying nothing is sent to the real
 * network, and "Rehearsal" in the window's title, the wizard's title and the review's step.
 * Everything returns to normal when the rehearsal mode ends. FX thread only.
 */
final class RehearsalMode {
    private final Label title;
    private final String normalTitle;
    private final HBox strip;

    private RehearsalMode(Label title, ObservableStringValue stripText) {
        this.title = title;
        this.normalTitle = title.getText();
        FontIcon icon = new FontIcon("fth-repeat");
        icon.getStyleClass().add("strip-icon");
        Label words = new Label();
        words.textProperty().bind(stripText);
        words.setWrapText(true);
        words.getStyleClass().add("strip-text");
        strip = new HBox(8, icon, words);
        strip.setId("rehearsalStrip");
        strip.setAlignment(Pos.CENTER);
        strip.getStyleClass().addAll("network-strip", "sandbox-strip", "rehearsal-strip");
    }

    /**
     * Watches {@code review}'s rehearsal mode and marks the frame whose header holds {@code title}
     * (in a {@link BorderPane}'s top). The steps bar marks the review step itself ({@link #step}).
     */
    static void watch(Label title, ReviewViewModel review) {
        RehearsalMode mode = new RehearsalMode(title, review.rehearsalStripProperty());
        Node header = title.getParent();
        if (header.getParent() instanceof BorderPane frame) {
            VBox top = new VBox(header);
            frame.setTop(top);
            top.getChildren().add(0, mode.strip);
        }
        ObservableBooleanValue on = review.rehearsalModeProperty();
        mode.show(on.get());
        on.addListener((obs, old, now) -> mode.show(now));
    }

    /** The title a wizard shows while it rehearses. */
    static String title(String normal) {
        return I18n.format("wizard.rehearsal.title", normal);
    }

    /** The review step's words while it rehearses. */
    static String step(String normal) {
        return I18n.format("wizard.rehearsal.step", normal);
    }

    private void show(boolean rehearsal) {
        strip.setVisible(rehearsal);
        strip.setManaged(rehearsal);
        title.setText(rehearsal ? title(normalTitle) : normalTitle);
        if (title.getScene() != null && title.getScene().getWindow() instanceof Stage stage) {
            stage.setTitle(rehearsal ? title(normalTitle) : normalTitle);
        }
    }
}
