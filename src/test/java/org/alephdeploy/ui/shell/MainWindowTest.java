package org.alephdeploy.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.text.Text;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.alephdeploy.app.AppContext;
import org.alephdeploy.platform.AppDirs;
import org.alephdeploy.sandbox.SandboxNode;
import org.alephdeploy.ui.LoopbackNodes;
import org.alephdeploy.wallet.ScryptParams;
import org.alephdeploy.ui.RecordingIntents;
import org.alephdeploy.ui.activity.ActivityRow;
import org.alephdeploy.ui.control.Badge;
import org.alephdeploy.ui.control.BadgeSpec;
import org.alephdeploy.ui.control.BadgeStrip;
import org.alephdeploy.ui.demo.DemoInventorySource;
import org.alephdeploy.ui.details.ItemDetails;
import org.alephdeploy.ui.fx.FileDropTarget;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.fx.ScriptedDialogs;
import org.alephdeploy.ui.fx.SyncFxTasks;
import org.alephdeploy.ui.fx.Theme;
import org.alephdeploy.ui.programs.ProgramRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.alephdeploy.settings.Settings;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private final DemoInventorySource demo = new DemoInventorySource();
    private final AtomicInteger loads = new AtomicInteger();
    private final RecordingIntents intents = new RecordingIntents();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    @TempDir
    static Path shared;
    private static SandboxNode mainnet;
    private AppContext context;

    @BeforeAll
    static void startMainnetStandIn() throws IOException {
        mainnet = LoopbackNodes.start(shared.resolve("mainnet"));
    }

    @AfterAll
    static void stopMainnetStandIn() {
        mainnet.close();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    @Start
    void start(Stage stage) {
        InventorySource counting = new InventorySource() {
            @Override
            public InventorySnapshot load(Network network) throws NodeUnreachableException {
                loads.incrementAndGet();
                return demo.load(network);
            }

            @Override
            public ItemDetails details(Network network, String itemHash) throws NodeUnreachableException {
                return demo.details(network, itemHash);
            }

            @Override
            public ItemDetails operation(Network network, ActivityRow row) {
                return demo.operation(network, row);
            }
        };
        context = AppContext.builder().source(counting, n -> intents).tasks(SyncFxTasks::new).dialogs(dialogs)
                .dirs(AppDirs.under(shared.resolve("app-" + System.nanoTime())))
                .mainnetNodes(List.of(mainnet.url())).scrypt(ScryptParams.LIGHT).build();
        context.theme().start();
        context.windows().showMain(stage);
        context.shell().refresh();
    }

    @AfterEach
    void backToLight(FxRobot robot) {
        robot.interact(() -> context.settings().setTheme(Theme.LIGHT));
    }

    @SuppressWarnings("unchecked")
    private TableView<ProgramRow> programsTable(FxRobot robot) {
        return robot.lookup(".programs-table").queryAs(TableView.class);
    }

    private TableRow<?> rowOf(FxRobot robot, String name) {
        return robot.lookup(".programs-table .table-row-cell").match((TableRow<?> r) -> r.getItem() instanceof ProgramRow p
                && name.equals(p.name())).queryAs(TableRow.class);
    }

    private void select(FxRobot robot, String name) {
        robot.clickOn(rowOf(robot, name).lookup(".row-title"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The badges of a row, as its badge columns draw them. */
    private static List<BadgeSpec> badges(Node row) {
        return row.lookupAll(".badge-strip").stream().flatMap(n -> ((BadgeStrip) n).getBadges().stream()).toList();
    }

    @Test
    void theEmptyRowsFillingTheTableHaveNoCells(FxRobot robot) {
        List<TableRow<?>> rows = robot.lookup(".programs-table .table-row-cell").queryAll().stream()
                .<TableRow<?>>map(n -> (TableRow<?>) n).toList();
        assertThat(rows.stream().filter(TableRow::isEmpty)).as("the table fills its height with empty rows").isNotEmpty()
                .allSatisfy(r -> assertThat(r.lookupAll(".table-cell")).isEmpty());
        assertThat(rows.stream().filter(r -> !r.isEmpty())).hasSize(6)
                .allSatisfy(r -> assertThat(r.lookupAll(".table-cell")).hasSize(programsTable(robot).getColumns().size()));
    }

    @Test
    void opensWithTheDemoRowsAndTheRightBadges(FxRobot robot) {
        assertThat(programsTable(robot).getItems()).hasSize(6);
        assertThat(robot.lookup(".account-name").queryAs(Label.class).getText()).isEqualTo("Main account");

        List<BadgeSpec> discord = badges(rowOf(robot, "discord-bot"));
        assertThat(discord).extracting(BadgeSpec::variant).contains(Badge.Variant.LOCKED, Badge.Variant.SUCCESS)
                .doesNotContain(Badge.Variant.FOLLOWS, Badge.Variant.UPDATABLE);
        assertThat(discord.stream().filter(b -> b.variant() == Badge.Variant.PINNED)).extracting(BadgeSpec::text)
                .containsExactly("code", "runtime", "1 vol");

        List<BadgeSpec> weather = badges(rowOf(robot, "weather-api"));
        assertThat(weather).extracting(BadgeSpec::variant).contains(Badge.Variant.UPDATABLE, Badge.Variant.FOLLOWS)
                .doesNotContain(Badge.Variant.PINNED, Badge.Variant.LOCKED);
    }

    @Test
    void searchFiltersTheTable(FxRobot robot) {
        robot.clickOn("#searchField").write("indexer");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(programsTable(robot).getItems()).extracting(ProgramRow::name).containsExactly("indexer-v2");
        assertThat(robot.lookup("#countLabel").queryAs(Label.class).getText()).isEqualTo("1 shown");
    }

    @Test
    void lockedOrPinnedFilterHidesFullyUpdatablePrograms(FxRobot robot) {
        robot.clickOn("#lockedPinnedToggle");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(programsTable(robot).getItems()).extracting(ProgramRow::name)
                .containsExactlyInAnyOrder("image-resizer", "discord-bot", "indexer-v2", "legacy-api");
    }

    @Test
    void intentButtonsOfALockedPinnedProgramAreDisabledWithTheReason(FxRobot robot) {
        select(robot, "discord-bot");

        Button rollBack = robot.lookup("#rollBackButton").queryButton();
        assertThat(rollBack.isDisabled()).isTrue();
        assertThat(rollBack.getTooltip().getText()).isEqualTo(I18n.get("programs.reason.rollBackLockedPinned"));
        Button update = robot.lookup("#updateCodeButton").queryButton();
        assertThat(update.isDisabled()).isFalse();
        assertThat(update.getTooltip().getText()).isEqualTo(I18n.get("programs.effect.updateCodeRecreate"));

        robot.clickOn(update);
        assertThat(intents.calls()).containsExactly(new RecordingIntents.Call("updateCode", "discord-bot", List.of()));
        assertThat(robot.lookup(".details-pane .title-3").queryAs(Label.class).getText()).isEqualTo("discord-bot");
    }

    @Test
    void themeButtonSwitchesToPrimerDarkAndBack(FxRobot robot) {
        robot.clickOn("#themeButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.settings().getTheme()).isEqualTo(Theme.DARK);
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Theme.DARK.userAgentStylesheet());

        robot.clickOn("#themeButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Theme.LIGHT.userAgentStylesheet());
    }

    @Test
    void offlineBannerFollowsTheViewModelAndRetryRecovers(FxRobot robot) {
        Node banner = robot.lookup(".offline-banner").query();
        assertThat(banner.isVisible()).isFalse();

        demo.setReachable(false);
        robot.interact(() -> context.shell().refresh());
        assertThat(banner.isVisible()).isTrue();
        String plain = robot.lookup("#offlineLabel").queryAs(Label.class).getText();
        assertThat(plain).startsWith("Can't reach").doesNotContain("connection refused").doesNotContain("Exception")
                .doesNotContain("127.0.0.1");
        assertThat(programsTable(robot).getItems()).hasSize(6);
        Label details = robot.lookup("#offlineDetailsLabel").queryAs(Label.class);
        assertThat(details.isVisible()).isFalse();
        robot.clickOn("#offlineDetailsToggle");
        assertThat(details.isVisible()).isTrue();
        assertThat(details.getText()).contains("connection refused");
        select(robot, "weather-api");
        Button update = robot.lookup("#updateCodeButton").queryButton();
        assertThat(update.isDisabled()).isTrue();
        assertThat(update.getTooltip().getText()).startsWith("Offline:");

        demo.setReachable(true);
        robot.clickOn("#retryButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(banner.isVisible()).isFalse();
    }

    @Test
    void aFileDroppedOnAProgramRowReachesUpdateCode(FxRobot robot) {
        TableRow<?> row = rowOf(robot, "weather-api");
        FileDropTarget target = FileDropTarget.of(row);
        Path zip = Path.of("dist", "weather-api-2.4.zip");

        robot.interact(() -> target.hover(true));
        assertThat(row.getPseudoClassStates()).contains(FileDropTarget.DRAG_OVER);
        robot.interact(() -> {
            target.drop(List.of(zip));
            target.hover(false);
        });

        assertThat(row.getPseudoClassStates()).doesNotContain(FileDropTarget.DRAG_OVER);
        assertThat(intents.calls()).containsExactly(new RecordingIntents.Call("updateCode", "weather-api", List.of(zip)));
    }

    @Test
    void keyboardRefreshSearchDetailsAndDelete(FxRobot robot) {
        int before = loads.get();
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(loads.get()).isEqualTo(before + 1);

        robot.press(KeyCode.CONTROL).press(KeyCode.F).release(KeyCode.F).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#searchField").queryAs(TextField.class).isFocused()).isTrue();

        select(robot, "indexer-v2");
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup(".details-pane .title-3").queryAs(Label.class).getText()).isEqualTo("indexer-v2");

        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(intents.calls()).containsExactly(new RecordingIntents.Call("delete", "indexer-v2", List.of()));
    }

    @Test
    void aCustomNodeIsAskedForThroughDialogsAndShowsOffline(FxRobot robot) throws Exception {
        String closed = LoopbackNodes.closedPort();
        dialogs.answer(closed);
        robot.interact(() -> {
            javafx.scene.control.ComboBox<?> combo = robot.lookup("#networkCombo").queryAs(javafx.scene.control.ComboBox.class);
            combo.getSelectionModel().selectLast();
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> context.shell().offlineProperty().get());

        assertThat(dialogs.asked()).singleElement().asString().contains(I18n.get("shell.network.customTitle"));
        assertThat(context.shell().networkProperty().get()).isEqualTo(Network.custom(closed));
        assertThat(robot.lookup(".offline-banner").query().isVisible()).isTrue();
    }

    @Test
    void theBannersSandboxButtonSwitchesToARealLocalNode(FxRobot robot) throws Exception {
        String closed = LoopbackNodes.closedPort();
        robot.interact(() -> context.shell().useCustomNode(closed));
        assertThat(robot.lookup(".offline-banner").query().isVisible()).isTrue();
        assertThat(robot.lookup("#offlineLabel").queryAs(Label.class).getText()).contains(closed);

        assertThat(robot.lookup(".sandbox-strip").query().isVisible()).isFalse();
        robot.clickOn("#useSandboxButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !context.shell().offlineProperty().get());
        assertThat(robot.lookup(".sandbox-strip").query().isVisible()).isTrue();

        assertThat(context.shell().networkProperty().get()).isEqualTo(Network.sandbox());
        assertThat(context.nodes().sandbox().isRunning()).isTrue();
        assertThat(context.shell().nodeVersionProperty().get()).isEqualTo(SandboxNode.VERSION);
        assertThat(robot.lookup(".offline-banner").query().isVisible()).isFalse();
        assertThat(robot.lookup("#networkCombo").queryAs(javafx.scene.control.ComboBox.class).getButtonCell().getText())
                .isEqualTo(I18n.get("shell.network.sandbox"));
        assertThat(context.settings().networkProperty().get()).isEqualTo(Settings.Network.SANDBOX);
    }

    @Test
    void theProgramsTableFitsItsPaneWithWholeNamesAndARowActionForTheUrl(FxRobot robot) {
        TableView<ProgramRow> table = programsTable(robot);
        assertThat(table.getScene().getWidth()).isEqualTo(1280);
        assertThat(table.getColumns()).extracting(TableColumn::getId).doesNotContain("hashColumn")
                .containsExactly("nameColumn", "statusColumn", "updateColumn", "pinsColumn", "resourcesColumn");
        double columns = table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getWidth).sum();
        assertThat(columns).as("columns fit the table").isLessThanOrEqualTo(table.getWidth());
        List<Node> bars = List.copyOf(robot.lookup(".programs-table .scroll-bar").queryAll());
        assertThat(bars).filteredOn(bar -> bar.isVisible())
                .allSatisfy(bar -> assertThat(((ScrollBar) bar).getOrientation()).isEqualTo(Orientation.VERTICAL));
        for (Node title : robot.lookup(".programs-table .row-title .text").queryAll()) {
            Text shown = (Text) title;
            assertThat(shown.getText()).as("a name is shown whole").doesNotContain("…").doesNotContain("...");
        }
        TableRow<?> weather = rowOf(robot, "weather-api");
        assertThat(weather.lookup(".row-open-url")).isNotNull();
        assertThat(weather.lookup(".row-copy-url")).isNotNull();
        assertThat(weather.lookup(".effect-chip").getPseudoClassStates()).contains(PseudoClass.getPseudoClass("effect-in-place"));
        assertThat(((Label) weather.lookup(".effect-chip")).getText()).isEqualTo("in place — URL kept");
        assertThat(((Label) rowOf(robot, "discord-bot").lookup(".effect-chip")).getText()).isEqualTo("re-create — new URL");
    }

    @Test
    void withoutASelectionTheToolbarSaysWhatToDoAndADoubleClickOpensTheDetails(FxRobot robot) {
        Label hint = robot.lookup("#selectionHint").queryAs(Label.class);
        assertThat(hint.isVisible()).isTrue();
        assertThat(hint.getText()).isEqualTo(I18n.get("programs.hint.noSelection"));
        assertThat(robot.lookup(".drop-hint").queryAs(Label.class).getText()).isEqualTo(I18n.get("programs.table.dropHint"));
        int requests = context.shell().detailsRequestsProperty().get();

        select(robot, "indexer-v2");
        TableRow<?> row = rowOf(robot, "indexer-v2");
        robot.interact(() -> row.fireEvent(new MouseEvent(MouseEvent.MOUSE_CLICKED, 5, 5, 5, 5, MouseButton.PRIMARY, 2,
                false, false, false, false, true, false, false, true, false, true, null)));

        assertThat(hint.isVisible()).isFalse();
        assertThat(context.shell().detailsRequestsProperty().get()).isEqualTo(requests + 1);
        assertThat(robot.lookup(".details-pane .title-3").queryAs(Label.class).getText()).isEqualTo("indexer-v2");
        assertThat(intents.calls()).as("a double click starts no intent").isEmpty();
    }

    @Test
    void theDetailsShowTheDeploymentHistoryWithWhoSignedAndTheLegendExplainsTheColours(FxRobot robot) {
        select(robot, "weather-api");
        List<Node> history = List.copyOf(robot.lookup(".details-pane .history-entry").queryAll());
        assertThat(history).hasSizeGreaterThanOrEqualTo(4);
        String text = history.stream().flatMap(n -> n.lookupAll(".label").stream()).map(n -> ((Label) n).getText())
                .reduce("", (a, b) -> a + "\n" + b);
        assertThat(text).contains("weather-api-2.3.zip").contains("signed by Main account").contains("Code revision");

        robot.clickOn("#legendButton");
        assertThat(robot.lookup(".legend-line").queryAll()).hasSize(5);
        assertThat(robot.lookup(".legend-line").queryAll().stream().map(n -> ((Label) n).getText()))
                .anySatisfy(line -> assertThat(line).contains("Locked"));
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void theActivityTabsDetailsShowTheSelectedOperation(FxRobot robot) {
        robot.clickOn(I18n.get("shell.tabs.activity"));
        assertThat(robot.lookup(".details-empty .label").queryAs(Label.class).getText())
                .isEqualTo(I18n.get("details.pane.emptyActivity"));
        robot.interact(() -> context.shell().activity().selectedProperty().set(context.shell().activity().rows().get(0)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".details-pane .details-kind").queryAs(Label.class).getText()).isEqualTo("OPERATION");
        assertThat(robot.lookup(".details-pane .field-label").queryAll().stream().map(n -> ((Label) n).getText()))
                .contains(I18n.get("details.operation.done"), I18n.get("details.operation.backups"));
    }
}
