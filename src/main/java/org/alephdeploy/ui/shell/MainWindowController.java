package org.alephdeploy.ui.shell;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.alephdeploy.ui.activity.ActivityController;
import org.alephdeploy.ui.control.NotificationArea;
import org.alephdeploy.ui.control.WarmUpClasses;
import org.alephdeploy.ui.details.DetailsController;
import org.alephdeploy.ui.fx.ColumnMemory;
import org.alephdeploy.ui.fx.FirstPulse;
import org.alephdeploy.ui.fx.FxTasks;
import org.alephdeploy.ui.fx.Notifications;
import org.alephdeploy.ui.fx.ViewLoader;
import org.alephdeploy.ui.programs.ProgramsController;
import org.alephdeploy.ui.volumes.VolumesController;
import org.alephdeploy.ui.wallet.WalletPage;

/**
 * Code-behind of {@code MainWindow.fxml}: tabs, details pane, notifications, status bar and the
 * keyboard. The header ({@link HeaderController}) and the network strip and offline banner
 * ({@link NetworkBannersController}) have their own. What the window's first frame can do without
 * is built later: the Volumes and Activity tabs when first selected, the details pane (empty until a
 * row is selected) right after the first frame.
 */
public final class MainWindowController {
    /** Where the divider goes back to when the details pane is asked for while it is (almost) closed. */
    private static final double DETAILS_DIVIDER = 0.78;
    static final String VOLUMES_VIEW = "/org/alephdeploy/ui/volumes/Volumes.fxml";
    static final String ACTIVITY_VIEW = "/org/alephdeploy/ui/activity/Activity.fxml";
    static final String DETAILS_VIEW = "/org/alephdeploy/ui/details/Details.fxml";

    private final ShellViewModel vm;
    private final Consumer<WalletPage> openWallet;
    private final ColumnMemory columns;
    private final Notifications notifications;
    private final FxTasks tasks;
    private final ViewLoader views;

    @FXML
    private VBox programsNoAccount;
    @FXML
    private VBox volumesNoAccount;
    @FXML
    private NotificationArea notificationArea;
    @FXML
    private SplitPane splitPane;
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
    private StackPane detailsSlot;
    private DetailsController detailsController;
    private VolumesController volumesController;

    /**
     * @param openWallet opens the wallet dialog on a page (null: the page that fits)
     * @param views loads the Volumes and Activity tabs when first selected and the details pane after the first frame
     */
    public MainWindowController(ShellViewModel vm, Consumer<WalletPage> openWallet, ColumnMemory columns,
            Notifications notifications, FxTasks tasks, ViewLoader views) {
        this.vm = vm;
        this.openWallet = openWallet;
        this.columns = columns;
        this.notifications = notifications;
        this.tasks = tasks;
        this.views = views;
    }

    @FXML
    private void initialize() {
        notificationArea.bind(notifications);
        statusLabel.textProperty().bind(vm.statusProperty());
        busyIndicator.visibleProperty().bind(vm.loadingProperty().or(tasks.activeCountProperty().greaterThan(0)));
        tabPane.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            loadContent(now);
            vm.activeTabProperty().set(tabOf(now));
        });
        tabPane.addEventFilter(KeyEvent.KEY_PRESSED, this::onTableKey);
        tabPane.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                installShortcuts(scene);
                // once the classes it shares with the tables' first rows are loaded (on another thread),
                // unless the window was closed by then
                FirstPulse.then(scene, () -> WarmUpClasses.thenOnFx(() -> {
                    if (scene.getWindow() != null && scene.getWindow().isShowing()) {
                        details();
                    }
                }));
            }
        });
        vm.detailsRequestsProperty().addListener((obs, old, now) -> revealDetails());
        rememberColumns(programsTab);
        hintWithoutAccount(programsTab, programsNoAccount);
        loadContent(tabPane.getSelectionModel().getSelectedItem());
    }

    /** Loads the content of {@code tab} when it has none yet (the Volumes and Activity tabs, on first selection). */
    private void loadContent(Tab tab) {
        if (tab == null || tab.getContent() != null) {
            return;
        }
        if (tab == volumesTab) {
            ViewLoader.View<VolumesController> view = views.load(VOLUMES_VIEW);
            volumesController = view.controller();
            tab.setContent(view.root());
            hintWithoutAccount(volumesTab, volumesNoAccount);
        } else if (tab == activityTab) {
            tab.setContent(views.<ActivityController>load(ACTIVITY_VIEW).root());
        }
        rememberColumns(tab);
    }

    /** Without an account the table says how to get one, with a button to the wallet, instead of "no programs". */
    private void hintWithoutAccount(Tab tab, Node hint) {
        tables(tab).forEach(table -> {
            Node usual = table.getPlaceholder();
            table.placeholderProperty().bind(Bindings.when(vm.accountProperty().isNull()).<Node>then(hint).otherwise(usual));
        });
    }

    /** The main tables keep the column widths the user gave them. */
    private void rememberColumns(Tab tab) {
        tables(tab).forEach(t -> t.getStyleClass().stream()
                .filter(c -> c.endsWith("-table")).findFirst()
                .ifPresent(id -> columns.bind(t, id.substring(0, id.length() - "-table".length()))));
    }

    private static List<TableView<?>> tables(Tab tab) {
        if (tab.getContent() == null) {
            return List.of();
        }
        return tab.getContent().lookupAll(".table-view").stream().<TableView<?>>map(n -> (TableView<?>) n).toList();
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
            vm.requestDetails();
            e.consume();
        } else if (e.getCode() == KeyCode.DELETE) {
            vm.startDelete();
            e.consume();
        }
    }

    /** Brings the details pane back into view when its divider was dragged (almost) shut. */
    private void revealDetails() {
        double[] at = splitPane.getDividerPositions();
        if (at.length > 0 && at[0] > 0.9) {
            splitPane.setDividerPositions(DETAILS_DIVIDER);
        }
        details().reveal();
    }

    /** The details pane's controller, its view loaded into the pane's slot on first use. */
    private DetailsController details() {
        if (detailsController == null) {
            ViewLoader.View<DetailsController> view = views.load(DETAILS_VIEW);
            detailsController = view.controller();
            detailsSlot.getChildren().setAll(view.root());
        }
        return detailsController;
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
    private void onOpenWallet() {
        openWallet.accept(null);
    }
}
