package org.alephdeploy.ui.shell;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Side;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.geometry.Pos;
import javafx.scene.Node;
import org.alephdeploy.ui.activity.ActivityController;
import org.alephdeploy.ui.control.Badge;
import org.alephdeploy.ui.control.Identicon;
import org.alephdeploy.ui.control.NotificationArea;
import org.alephdeploy.ui.details.DetailsController;
import org.alephdeploy.ui.fx.Dialogs;
import org.alephdeploy.ui.fx.FxTasks;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.fx.Notifications;
import org.alephdeploy.ui.fx.Theme;
import org.alephdeploy.ui.fx.ThemeManager;
import org.alephdeploy.ui.fx.ColumnMemory;
import org.alephdeploy.ui.wallet.WalletPage;
import org.alephdeploy.wallet.Account;
import org.alephdeploy.ui.programs.ProgramsController;
import org.alephdeploy.ui.volumes.VolumesController;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Code-behind of {@code MainWindow.fxml}: header, offline banner, tabs, details, status bar. */
public final class MainWindowController {
    private static final Network CUSTOM_PROMPT = new Network(Network.Kind.CUSTOM, null);

    private final ShellViewModel vm;
    private final Dialogs dialogs;
    private final Consumer<WalletPage> openWallet;
    private final ColumnMemory columns;
    private final ThemeManager theme;
    private final Notifications notifications;
    private final FxTasks tasks;
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
    @FXML
    private HBox offlineBanner;
    @FXML
    private Label offlineLabel;
    @FXML
    private NotificationArea notificationArea;
    @FXML
    private TabPane tabPane;
    @FXML
    private Tab programsTab;
    @FXML
    private Tab volumesTab;
    @FXML
    private Tab activityTab;
    @FXML
    private Label statusLabel;
    @FXML
    private ProgressIndicator busyIndicator;
    @FXML
    private ProgramsController programsController;
    @FXML
    private VolumesController volumesController;
    @FXML
    private ActivityController activityController;
    @FXML
    private DetailsController detailsController;

    /** @param openWallet opens the wallet dialog on a page (null: the page that fits) */
    public MainWindowController(ShellViewModel vm, Dialogs dialogs, Consumer<WalletPage> openWallet, ColumnMemory columns,
            ThemeManager theme, Notifications notifications, FxTasks tasks) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.openWallet = openWallet;
        this.columns = columns;
        this.theme = theme;
        this.notifications = notifications;
        this.tasks = tasks;
    }

    @FXML
    private void initialize() {
        bindNetwork();
        bindAccount();
        offlineBanner.visibleProperty().bind(vm.offlineProperty());
        offlineBanner.managedProperty().bind(vm.offlineProperty());
        offlineLabel.textProperty().bind(vm.offlineMessageProperty());
        notificationArea.bind(notifications);
        statusLabel.textProperty().bind(vm.statusProperty());
        busyIndicator.visibleProperty().bind(vm.loadingProperty().or(tasks.activeCountProperty().greaterThan(0)));
        bindLock();
        theme.themeProperty().addListener((obs, old, now) -> showThemeIcon(now));
        showThemeIcon(theme.current());
        tabPane.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> vm.activeTabProperty().set(tabOf(now)));
        tabPane.addEventFilter(KeyEvent.KEY_PRESSED, this::onTableKey);
        tabPane.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                installShortcuts(scene);
            }
        });
        rememberColumns();
        hintWithoutAccount(programsTab);
        hintWithoutAccount(volumesTab);
    }

    /** Without an account the table says how to get one, with a button to the wallet, instead of "no programs". */
    private void hintWithoutAccount(Tab tab) {
        if (tab.getContent() == null) {
            return;
        }
        tab.getContent().lookupAll(".table-view").forEach(node -> {
            TableView<?> table = (TableView<?>) node;
            Label text = new Label(I18n.get("shell.empty.noAccount"));
            text.setWrapText(true);
            text.getStyleClass().add("text-muted");
            Button open = new Button(I18n.get("shell.empty.openWallet"), new FontIcon(Feather.CREDIT_CARD));
            open.getStyleClass().addAll("accent", "no-account-open-wallet");
            open.setOnAction(e -> openWallet.accept(null));
            VBox hint = new VBox(12, text, open);
            hint.setAlignment(Pos.CENTER);
            hint.setMaxWidth(420);
            hint.getStyleClass().add("no-account-hint");
            Node usual = table.getPlaceholder();
            table.placeholderProperty().bind(Bindings.when(vm.accountProperty().isNull()).<Node>then(hint).otherwise(usual));
        });
    }

    /** The main tables keep the column widths the user gave them. */
    private void rememberColumns() {
        tabPane.getTabs().forEach(tab -> {
            if (tab.getContent() != null) {
                tab.getContent().lookupAll(".table-view").forEach(t -> {
                    String id = t.getStyleClass().stream().filter(c -> c.endsWith("-table")).findFirst().orElse(null);
                    if (id != null) {
                        columns.bind((TableView<?>) t, id.substring(0, id.length() - "-table".length()));
                    }
                });
            }
        });
    }

    private void bindNetwork() {
        networkCombo.getItems().setAll(vm.networks());
        networkCombo.getItems().add(CUSTOM_PROMPT);
        vm.networks().addListener((javafx.collections.ListChangeListener<Network>) c -> {
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
                javafx.application.Platform.runLater(this::askCustomNode);
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
        accountChip.setTooltip(new Tooltip(I18n.get("shell.header.accountTooltip")));
        watchOnlyBadge.setGraphic(new FontIcon(Feather.EYE));
        watchOnlyBadge.setTooltip(new Tooltip(I18n.get("wallet.badge.watchOnlyTip")));
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
            lockButton.getStyleClass().removeAll("lock-open");
            if (open) {
                lockButton.getStyleClass().add("lock-open");
            }
        };
        account.unlockedProperty().addListener((obs, old, now) -> show.run());
        show.run();
        lockButton.disableProperty().bind(account.hasKeyProperty().not());
    }

    private void showAccountMenu() {
        AccountViewModel account = vm.account();
        accountMenu.getItems().clear();
        if (!account.accounts().isEmpty()) {
            MenuItem title = new MenuItem(I18n.get("shell.account.switchTo"));
            title.setDisable(true);
            accountMenu.getItems().add(title);
            String current = vm.accountProperty().get() == null ? null : vm.accountProperty().get().address();
            for (Account a : account.accounts()) {
                CheckMenuItem item = new CheckMenuItem(a.watchOnly() ? I18n.format("shell.account.menuWatchOnly", a.name()) : a.name());
                item.setSelected(a.address().equalsIgnoreCase(current == null ? "" : current));
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
            boolean unlocked = account.unlockedProperty().get();
            MenuItem lock = new MenuItem(I18n.get(unlocked ? "shell.account.lock" : "shell.account.unlock"));
            lock.setOnAction(e -> onLock());
            accountMenu.getItems().add(lock);
        }
        accountMenu.show(accountChip, Side.BOTTOM, 0, 4);
    }

    private void showThemeIcon(Theme now) {
        themeButton.setGraphic(new FontIcon(now == Theme.DARK ? Feather.SUN : Feather.MOON));
        themeButton.setTooltip(new Tooltip(I18n.get(now == Theme.DARK ? "shell.header.lightTheme" : "shell.header.darkTheme")));
    }

    private void installShortcuts(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), vm::refresh);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), this::focusSearch);
    }

    /** Enter and Delete on a table: open the details, start deleting the selection. */
    private void onTableKey(KeyEvent e) {
        if (!(e.getTarget() instanceof TableView<?>)) {
            return;
        }
        if (e.getCode() == KeyCode.ENTER) {
            vm.openDetails();
            detailsController.reveal();
            e.consume();
        } else if (e.getCode() == KeyCode.DELETE) {
            vm.startDelete();
            e.consume();
        }
    }

    /** Ctrl+F: the search box of the tab in front. */
    public void focusSearch() {
        switch (vm.activeTabProperty().get()) {
            case PROGRAMS -> programsController.focusSearch();
            case VOLUMES -> volumesController.focusSearch();
            case ACTIVITY -> {
                tabPane.getSelectionModel().select(programsTab);
                programsController.focusSearch();
            }
        }
    }

    private MainTab tabOf(Tab tab) {
        if (tab == volumesTab) {
            return MainTab.VOLUMES;
        }
        return tab == activityTab ? MainTab.ACTIVITY : MainTab.PROGRAMS;
    }

    public void selectTab(MainTab tab) {
        tabPane.getSelectionModel().select(switch (tab) {
            case PROGRAMS -> programsTab;
            case VOLUMES -> volumesTab;
            case ACTIVITY -> activityTab;
        });
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

    @FXML
    private void onRetry() {
        vm.retry();
    }

    @FXML
    private void onUseSandbox() {
        vm.useSandbox();
    }

    private static final class NetworkCell extends ListCell<Network> {
        @Override
        protected void updateItem(Network item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(item.url() == null && item.kind() == Network.Kind.CUSTOM ? I18n.get("shell.network.custom") : item.label());
            setGraphic(new FontIcon(switch (item.kind()) {
                case MAINNET -> Feather.GLOBE;
                case CUSTOM -> Feather.SERVER;
                case SANDBOX -> Feather.PACKAGE;
            }));
        }
    }
}
