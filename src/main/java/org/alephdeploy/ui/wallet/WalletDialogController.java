package org.alephdeploy.ui.wallet;

import java.util.List;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import org.alephdeploy.ui.fx.FileDropTarget;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Code-behind of {@code WalletDialog.fxml}: the page list, the page in front, the busy indicator,
 * closing. A file dropped anywhere on the dialog goes to the keystore page.
 */
public final class WalletDialogController {
    private static final Map<WalletPage, Feather> ICONS = Map.of(
            WalletPage.UNLOCK, Feather.UNLOCK, WalletPage.ACCOUNTS, Feather.USERS, WalletPage.CREATE, Feather.PLUS_CIRCLE,
            WalletPage.PRIVATE_KEY, Feather.KEY, WalletPage.MNEMONIC, Feather.LIST, WalletPage.KEYSTORE, Feather.FILE_TEXT,
            WalletPage.ALEPH_KEY, Feather.TERMINAL, WalletPage.WATCH, Feather.EYE);

    private final WalletDialogViewModel vm;

    @FXML
    private ListView<WalletPage> pageList;
    @FXML
    private StackPane pageStack;
    @FXML
    private Parent unlockPage;
    @FXML
    private Parent accountsPage;
    @FXML
    private Parent createPage;
    @FXML
    private Parent privateKeyPage;
    @FXML
    private Parent mnemonicPage;
    @FXML
    private Parent keystorePage;
    @FXML
    private Parent alephKeyPage;
    @FXML
    private Parent watchPage;
    @FXML
    private ProgressIndicator walletBusy;
    @FXML
    private Button closeWalletButton;

    public WalletDialogController(WalletDialogViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        pageList.setItems(vm.pages());
        pageList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(WalletPage item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
                setGraphic(empty || item == null ? null : new FontIcon(ICONS.get(item)));
            }
        });
        pageList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.pageProperty().set(now);
            }
        });
        vm.pageProperty().addListener((obs, old, now) -> show(now));
        vm.pages().addListener((javafx.collections.ListChangeListener<WalletPage>) c -> pageList.getSelectionModel().select(vm.pageProperty().get()));
        show(vm.pageProperty().get());
        walletBusy.visibleProperty().bind(vm.busyProperty());
        pageStack.disableProperty().bind(vm.busyProperty());
        closeWalletButton.setOnAction(e -> close());
        vm.finishedProperty().addListener((obs, old, now) -> {
            if (now) {
                close();
            }
        });
        FileDropTarget.install(pageStack, paths -> {
            vm.pageProperty().set(WalletPage.KEYSTORE);
            vm.keystore().dropped(paths);
        });
        pageStack.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((o, w, window) -> {
                    if (window != null) {
                        window.setOnHidden(e -> vm.closed());
                    }
                });
            }
        });
    }

    private void show(WalletPage page) {
        List<Node> pages = List.of(unlockPage, accountsPage, createPage, privateKeyPage, mnemonicPage, keystorePage,
                alephKeyPage, watchPage);
        for (int i = 0; i < pages.size(); i++) {
            boolean front = WalletPage.values()[i] == page;
            pages.get(i).setVisible(front);
            pages.get(i).setManaged(front);
            Fields.defaultButtons(pages.get(i));
        }
        pageList.getSelectionModel().select(page);
    }

    private void close() {
        if (pageStack.getScene() != null && pageStack.getScene().getWindow() != null) {
            pageStack.getScene().getWindow().hide();
        }
    }
}
