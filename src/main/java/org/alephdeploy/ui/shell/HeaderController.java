package org.alephdeploy.ui.shell;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Side;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import org.alephdeploy.ui.control.Badge;
import org.alephdeploy.ui.control.Identicon;
import org.alephdeploy.ui.fx.Dialogs;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.fx.Theme;
import org.alephdeploy.ui.fx.ThemeManager;
import org.alephdeploy.ui.wallet.WalletPage;
import org.alephdeploy.wallet.Account;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Code-behind of {@code Header.fxml}: the network list, the account chip and its menu, theme and lock. */
public final class HeaderController {
    private static final Network CUSTOM_PROMPT = new Network(Network.Kind.CUSTOM, null);

    private final ShellViewModel vm;
    private final Dialogs dialogs;
    private final Consumer<WalletPage> openWallet;
    private final ThemeManager theme;
    private final ContextMenu accountMenu = new ContextMenu();

    @FXML
    private ComboBox<Network> networkCombo;
    @FXML
    private Button accountChip;
    @FXML
    private Identicon identicon;
    @FXML
    private Label accountNameLabel;
    @FXML
    private Label accountAddressLabel;
    @FXML
    private Label fundsLabel;
    @FXML
    private Badge watchOnlyBadge;
    @FXML
    private FontIcon accountLockIcon;
    @FXML
    private Button themeButton;
    @FXML
    private Button lockButton;

    /** @param openWallet opens the wallet dialog on a page (null: the page that fits) */
    public HeaderController(ShellViewModel vm, Dialogs dialogs, Consumer<WalletPage> openWallet, ThemeManager theme) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.openWallet = openWallet;
        this.theme = theme;
    }

    @FXML
    private void initialize() {
        bindNetwork();
        bindAccount();
        bindLock();
        theme.themeProperty().addListener((obs, old, now) -> showThemeIcon(now));
        showThemeIcon(theme.current());
    }

    private void bindNetwork() {
        networkCombo.getItems().setAll(vm.networks());
        networkCombo.getItems().add(CUSTOM_PROMPT);
        vm.networks().addListener((ListChangeListener<Network>) c -> {
            networkCombo.getItems().setAll(vm.networks());
            networkCombo.getItems().add(CUSTOM_PROMPT);
            networkCombo.setValue(vm.networkProperty().get());
        });
        networkCombo.setCellFactory(list -> new NetworkCell());
        networkCombo.setButtonCell(new NetworkCell());
        networkCombo.setValue(vm.networkProperty().get());
        vm.networkProperty().addListener((obs, old, now) -> networkCombo.setValue(now));
        networkCombo.valueProperty().addListener((obs, old, now) -> {
            if (now == CUSTOM_PROMPT) {
                Platform.runLater(this::askCustomNode);
            } else if (now != null) {
                vm.networkProperty().set(now);
            }
        });
    }

    private void askCustomNode() {
        dialogs.askText(I18n.get("shell.network.customTitle"), I18n.get("shell.network.customPrompt"), "http://127.0.0.1:4024")
                .flatMap(vm::useCustomNode)
                .ifPresent(error -> dialogs.info(I18n.get("shell.network.customTitle"), error));
        networkCombo.setValue(vm.networkProperty().get());
    }

    private void bindAccount() {
        accountNameLabel.textProperty().bind(Bindings.createStringBinding(
                () -> AccountFormat.name(vm.accountProperty().get()), vm.accountProperty()));
        accountAddressLabel.textProperty().bind(Bindings.createStringBinding(
                () -> AccountFormat.address(vm.accountProperty().get()), vm.accountProperty()));
        fundsLabel.textProperty().bind(Bindings.createStringBinding(
                () -> AccountFormat.funds(vm.accountProperty().get()), vm.accountProperty()));
        identicon.addressProperty().bind(Bindings.createStringBinding(
                () -> vm.accountProperty().get() == null ? "" : vm.accountProperty().get().address(), vm.accountProperty()));
        watchOnlyBadge.visibleProperty().bind(vm.account().watchOnlyProperty());
        watchOnlyBadge.managedProperty().bind(watchOnlyBadge.visibleProperty());
        accountLockIcon.visibleProperty().bind(vm.account().hasKeyProperty());
        accountLockIcon.managedProperty().bind(accountLockIcon.visibleProperty());
    }

    private void bindLock() {
        AccountViewModel account = vm.account();
        Runnable show = () -> {
            boolean open = account.unlockedProperty().get();
            lockButton.setGraphic(new FontIcon(open ? Feather.UNLOCK : Feather.LOCK));
            lockButton.setTooltip(new Tooltip(I18n.get(open ? "shell.header.lock" : "shell.header.unlock")));
            accountLockIcon.setIconCode(open ? Feather.UNLOCK : Feather.LOCK);
            accountLockIcon.getStyleClass().removeAll("account-unlocked", "account-locked");
            accountLockIcon.getStyleClass().add(open ? "account-unlocked" : "account-locked");
            lockButton.getStyleClass().remove("lock-open");
            if (open) {
                lockButton.getStyleClass().add("lock-open");
            }
        };
        account.unlockedProperty().addListener((obs, old, now) -> show.run());
        show.run();
        lockButton.disableProperty().bind(account.hasKeyProperty().not());
    }

    /** The account menu lists the wallet's accounts as they are when it opens. */
    private void showAccountMenu() {
        AccountViewModel account = vm.account();
        accountMenu.getItems().clear();
        if (!account.accounts().isEmpty()) {
            MenuItem title = new MenuItem(I18n.get("shell.account.switchTo"));
            title.setDisable(true);
            accountMenu.getItems().add(title);
            String current = vm.accountProperty().get() == null ? "" : vm.accountProperty().get().address();
            for (Account a : account.accounts()) {
                CheckMenuItem item = new CheckMenuItem(a.watchOnly() ? I18n.format("shell.account.menuWatchOnly", a.name()) : a.name());
                item.setSelected(a.address().equalsIgnoreCase(current));
                item.setOnAction(e -> account.switchTo(a.name()));
                accountMenu.getItems().add(item);
            }
            accountMenu.getItems().add(new SeparatorMenuItem());
        }
        MenuItem open = new MenuItem(I18n.get("shell.account.openWallet"));
        open.setId("openWalletItem");
        open.setOnAction(e -> openWallet.accept(null));
        accountMenu.getItems().add(open);
        if (account.hasKeyProperty().get()) {
            MenuItem lock = new MenuItem(I18n.get(account.unlockedProperty().get() ? "shell.account.lock" : "shell.account.unlock"));
            lock.setOnAction(e -> onLock());
            accountMenu.getItems().add(lock);
        }
        accountMenu.show(accountChip, Side.BOTTOM, 0, 4);
    }

    private void showThemeIcon(Theme now) {
        themeButton.setGraphic(new FontIcon(now == Theme.DARK ? Feather.SUN : Feather.MOON));
        themeButton.setTooltip(new Tooltip(I18n.get(now == Theme.DARK ? "shell.header.lightTheme" : "shell.header.darkTheme")));
    }

    @FXML
    private void onAccount() {
        showAccountMenu();
    }

    @FXML
    private void onToggleTheme() {
        theme.toggle();
    }

    @FXML
    private void onLock() {
        if (vm.account().unlockedProperty().get()) {
            vm.lock();
        } else {
            openWallet.accept(WalletPage.UNLOCK);
        }
    }
}
