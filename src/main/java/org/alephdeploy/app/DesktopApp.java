package org.alephdeploy.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The desktop window (a placeholder until the desktop issue builds the real shell). */
public final class DesktopApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("Aleph Deploy");
        stage.setScene(new Scene(new StackPane(new Label("Aleph Deploy")), 960, 640));
        stage.show();
    }
}
