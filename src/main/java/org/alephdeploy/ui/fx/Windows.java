package org.alephdeploy.ui.fx;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.image.Image;
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

    private static final String ICON_PATTERN = "/org/alephdeploy/ui/icons/app-icon-%d.png";
    private static final List<Integer> ICON_SIZES = List.of(256, 512);

    private final ViewLoader views;
    private Stage main;
    private List<Image> icons;

    public Windows(ViewLoader views) {
        this.views = views;
    }

    /** Builds the main window into the primary stage and shows it. */
    public Stage showMain(Stage stage) {
        return showMain(stage, s -> { });
    }

    /** As {@link #showMain(Stage)}, letting {@code beforeShow} place the stage first. */
    public Stage showMain(Stage stage, Consumer<Stage> beforeShow) {
        ViewLoader.View<Object> view = views.load(MAIN_VIEW);
        stage.setTitle(I18n.get("shell.main.title"));
        stage.setScene(scene(view.root(), 1280, 800));
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        iconsWhenDecoded(stage);
        main = stage;
        beforeShow.accept(stage);
        stage.show();
        return stage;
    }

    /** The application icon in the sizes we ship; the window system picks one. */
    public List<Image> icons() {
        if (icons == null) {
            icons = ICON_SIZES.stream().map(size -> ICON_PATTERN.formatted(size))
                    .map(path -> Windows.class.getResource(path)).filter(Objects::nonNull)
                    .map(url -> new Image(url.toExternalForm())).toList();
        }
        return icons;
    }

    /**
     * Gives {@code stage} the icons once a background thread has decoded them, so that the first
     * frame of the main window does not wait for two large PNGs.
     */
    private void iconsWhenDecoded(Stage stage) {
        if (icons != null) {
            stage.getIcons().setAll(icons);
            return;
        }
        List<Image> decoding = ICON_SIZES.stream().map(size -> ICON_PATTERN.formatted(size))
                .map(path -> Windows.class.getResource(path)).filter(Objects::nonNull)
                .map(url -> new Image(url.toExternalForm(), true)).toList();
        Runnable whenAllDone = () -> {
            if (decoding.stream().allMatch(i -> i.getProgress() >= 1) && stage.getIcons().isEmpty()) {
                List<Image> decoded = decoding.stream().filter(i -> !i.isError()).toList();
                if (icons == null) {
                    icons = decoded;
                }
                stage.getIcons().setAll(decoded);
            }
        };
        decoding.forEach(i -> i.progressProperty().addListener((obs, old, now) -> whenAllDone.run()));
        whenAllDone.run();
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

    /** Opens the wallet dialog; its view model decides which page is in front. */
    public Stage openWallet() {
        Stage stage = owned(I18n.get("wallet.dialog.title"), views.load(WALLET_VIEW).root());
        stage.setResizable(true);
        stage.show();
        return stage;
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
        stage.getIcons().setAll(icons());
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
