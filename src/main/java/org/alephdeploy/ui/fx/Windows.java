package org.alephdeploy.ui.fx;

import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The one class that opens stages: the main window, and the dialogs, wizards and error windows
 * it owns (window-modal, so the rest of the desktop stays usable). FX thread only.
 */
public final class Windows {
    static final String MAIN_VIEW = "/org/alephdeploy/ui/shell/MainWindow.fxml";
    static final String ERROR_VIEW = "/org/alephdeploy/ui/fx/ErrorWindow.fxml";
    static final String WALLET_VIEW = "/org/alephdeploy/ui/wallet/WalletDialog.fxml";

    private final ViewLoader views;
    private Stage main;

    public Windows(ViewLoader views) {
        this.views = views;
    }

    /** Builds the main window into the primary stage and shows it. */
    public Stage showMain(Stage stage) {
        ViewLoader.View<Object> view = views.load(MAIN_VIEW);
        stage.setTitle(I18n.get("shell.main.title"));
        stage.setScene(scene(view.root(), 1280, 800));
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        main = stage;
        stage.show();
        return stage;
    }

    public Optional<Window> mainWindow() {
        return Optional.ofNullable(main);
    }

    public Stage openDialog(String title, Parent content) {
        Stage stage = owned(title, content);
        stage.show();
        return stage;
    }

    public Stage openWizard(String title, Parent content) {
        Stage stage = owned(title, content);
        stage.setResizable(true);
        stage.show();
        return stage;
    }

    public Stage openWallet() {
        return openDialog(I18n.get("wallet.dialog.title"), views.load(WALLET_VIEW).root());
    }

    public Stage showError(ErrorReport report) {
        ViewLoader.View<ErrorWindowController> view = views.load(ERROR_VIEW);
        view.controller().show(report);
        Stage stage = owned(I18n.get("fx.error.title"), view.root());
        view.controller().closeAction(stage::close);
        stage.show();
        return stage;
    }

    private Stage owned(String title, Parent content) {
        Stage stage = new Stage();
        stage.setTitle(title);
        if (main != null) {
            stage.initOwner(main);
            stage.initModality(Modality.WINDOW_MODAL);
        } else {
            stage.initModality(Modality.APPLICATION_MODAL);
        }
        stage.setScene(scene(content, -1, -1));
        return stage;
    }

    /** A scene with the app's stylesheet; the theme comes from the user-agent stylesheet. */
    public static Scene scene(Parent root, double width, double height) {
        Scene scene = width > 0 ? new Scene(root, width, height) : new Scene(root);
        ThemeManager.style(scene);
        return scene;
    }
}
