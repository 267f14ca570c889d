package org.alephdeploy.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.alephdeploy.app.AppContext;
import org.alephdeploy.deploy.inventory.Inventory;
import org.alephdeploy.ui.control.Badge;
import org.alephdeploy.ui.control.BadgeStrip;
import org.alephdeploy.ui.control.BadgesCell;
import org.alephdeploy.ui.inventory.GeneratedInventory;
import org.alephdeploy.ui.programs.ProgramRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * What keeps loading 2,000 programs cheap on the FX thread: cells keep their nodes from item to
 * item (scrolling the whole table makes no new badge strip), tooltips are built on hover only, and the
 * table of a hidden tab has no rows until its tab is shown.
 */
@ExtendWith(ApplicationExtension.class)
class TableCellsTest {
    private static final int PROGRAMS = 2000;
    private final Inventory inv = ResponsivenessTest.generated(PROGRAMS);
    private AppContext context;

    @Start
    void start(Stage stage) {
        context = GeneratedInventory.showMain(inv, stage);
        context.shell().refresh();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(context::close);
    }

    private static Set<BadgeStrip> strips(Node under) {
        Set<BadgeStrip> out = Collections.newSetFromMap(new IdentityHashMap<>());
        under.lookupAll(".badge-strip").forEach(n -> out.add((BadgeStrip) n));
        return out;
    }

    @Test
    void scrollingReusesTheCellsBadgeStripsAndBuildsNoTooltipUntilHover(FxRobot robot) {
        WizardHarness.waitFor(60, () -> context.shell().programs().rows().size() == PROGRAMS);
        @SuppressWarnings("unchecked")
        TableView<ProgramRow> table = robot.lookup(".programs-table").queryAs(TableView.class);
        WizardHarness.waitFor(10, () -> !strips(table).isEmpty());
        assertThat(robot.lookup(".programs-table .badge").queryAll()).as("no Label badges in the table's cells").isEmpty();
        assertThat(robot.lookup(".programs-table .badges-cell").queryAll())
                .allSatisfy(cell -> assertThat(((Control) cell).getTooltip()).isNull());

        Set<BadgeStrip> seen = strips(table);
        for (int i = 0; i < PROGRAMS; i += 97) {
            int at = i;
            robot.interact(() -> table.scrollTo(at));
            seen.addAll(strips(table));
        }
        robot.interact(() -> table.scrollTo(PROGRAMS - 1));
        seen.addAll(strips(table));
        int rows = robot.lookup(".programs-table .table-row-cell").queryAll().size();
        // one strip per badge column of a kept cell; new nodes per update would make thousands
        assertThat(seen).as("badge strips made while scrolling through %d programs", PROGRAMS).hasSizeLessThanOrEqualTo(rows * 2);

        BadgeStrip locked = strips(table).stream()
                .filter(s -> !s.getBadges().isEmpty() && s.getBadges().get(0).variant() == Badge.Variant.LOCKED)
                .findFirst().orElseThrow();
        assertThat(locked.getAccessibleText()).as("the accessible text says every badge").contains("allow_amend is false")
                .contains("code").contains("runtime");
        BadgesCell<?, ?> cell = (BadgesCell<?, ?>) locked.getParent();
        robot.interact(() -> locked.fireEvent(movedTo(locked, 3)));
        assertThat(cell.getTooltip()).isNotNull();
        assertThat(cell.getTooltip().getText()).as("the tooltip of the badge under the pointer").contains("allow_amend is false");
        robot.interact(() -> locked.fireEvent(movedTo(locked, locked.getWidth() - 3)));
        assertThat(cell.getTooltip().getText()).isEqualTo(locked.getBadges().get(locked.getBadges().size() - 1).tip());
    }

    /** The pointer moving over {@code node} at {@code x} of its own, halfway down. */
    private static MouseEvent movedTo(Node node, double x) {
        Point2D scene = node.localToScene(x, node.getLayoutBounds().getHeight() / 2);
        return new MouseEvent(MouseEvent.MOUSE_MOVED, scene.getX(), scene.getY(), 0, 0, MouseButton.NONE, 0, false, false,
                false, false, false, false, false, false, false, false, null);
    }

    @Test
    void theTableOfAHiddenTabGetsItsRowsWhenItsTabIsShown(FxRobot robot) {
        WizardHarness.waitFor(60, () -> context.shell().volumes().rows().size() > 0);
        assertThat(robot.lookup(".volumes-table").tryQuery()).as("the Volumes tab is built when first shown").isEmpty();

        robot.interact(() -> robot.lookup(".main-tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        @SuppressWarnings("unchecked")
        TableView<Object> volumes = robot.lookup(".volumes-table").queryAs(TableView.class);
        assertThat(volumes.getItems()).hasSize(context.shell().volumes().rows().size());
        WizardHarness.waitFor(10, () -> !robot.lookup(".volumes-table .badge-strip").queryAll().isEmpty());
        robot.interact(() -> volumes.getSelectionModel().select(0));
        Object chosen = context.shell().volumes().selectedProperty().get();
        assertThat(chosen).isNotNull();

        robot.interact(() -> robot.lookup(".main-tabs").queryAs(TabPane.class).getSelectionModel().select(0));
        assertThat(volumes.getItems()).isEmpty();
        assertThat(context.shell().volumes().selectedProperty().get()).as("hiding the table keeps the selection").isSameAs(chosen);
        robot.interact(() -> robot.lookup(".main-tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        assertThat(volumes.getSelectionModel().getSelectedItem()).isSameAs(chosen);
    }
}
