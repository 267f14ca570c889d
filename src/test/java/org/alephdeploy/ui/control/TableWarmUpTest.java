package org.alephdeploy.ui.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.alephdeploy.app.AppContext;
import org.alephdeploy.deploy.inventory.Inventory;
import org.alephdeploy.ui.inventory.GeneratedInventory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The tables build rows of cells after the first frame, before the data comes, and then show
 * exactly the data: no pulse ever lays out the sample row, and selection and focus are as they were.
 */
@ExtendWith(ApplicationExtension.class)
class TableWarmUpTest {
    private static final int PROGRAMS = 60;
    private static final int VOLUMES = 30;
    private final Inventory inventory = GeneratedInventory.of(PROGRAMS, VOLUMES);
    private final List<String> ghosts = new CopyOnWriteArrayList<>();
    private AppContext context;
    private Scene scene;

    @Start
    void start(Stage stage) {
        context = GeneratedInventory.showMain(inventory, stage);
        scene = stage.getScene();
        // after every pulse's layout: a row showing an item the table does not hold would be on screen
        scene.addPostLayoutPulseListener(() -> scene.getRoot().lookupAll(".table-row-cell").forEach(node -> {
            TableRow<?> row = (TableRow<?>) node;
            TableView<?> table = row.getTableView();
            if (row.getItem() != null && (table == null || !table.getItems().contains(row.getItem()))) {
                ghosts.add(String.valueOf(row.getItem()));
            }
        }));
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(context::close);
    }

    @Test
    void theProgramsTableBuildsARowOfCellsBeforeTheDataAndThenShowsExactlyTheData(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<Object> table = robot.lookup("#programsTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> rowsWithCells(robot, table) > 1);

        robot.interact(() -> {
            assertThat(table.getItems()).isEmpty();
            assertThat(rows(table)).as("rows after the warm-up").allSatisfy(row -> {
                assertThat(row.isEmpty()).isTrue();
                assertThat(row.getItem()).isNull();
            });
            assertThat(table.getSelectionModel().getSelectedIndices()).isEmpty();
            assertThat(table.getFocusModel().getFocusedIndex()).isEqualTo(-1);
            assertThat(table.getSortOrder()).isEmpty();
        });

        robot.interact(() -> context.shell().refresh());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == PROGRAMS);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            assertThat(table.getItems()).containsExactlyElementsOf(context.shell().programs().rows());
            List<Object> shown = rows(table).stream().filter(r -> !r.isEmpty()).map(r -> (Object) r.getItem()).toList();
            assertThat(shown).isNotEmpty().allSatisfy(item -> assertThat(table.getItems()).contains(item));
            assertThat(table.getSelectionModel().getSelectedItem()).isNull();
            assertThat(context.shell().programs().selectedProperty().get()).isNull();
        });
        assertThat(ghosts).as("rows laid out with an item the table does not hold").isEmpty();
    }

    @Test
    void theVolumesTableShownBeforeTheDataWarmsUpToo(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup(".main-tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        @SuppressWarnings("unchecked")
        TableView<Object> table = robot.lookup("#volumesTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> rowsWithCells(robot, table) > 1);
        robot.interact(() -> {
            assertThat(table.getItems()).isEmpty();
            assertThat(rows(table)).allSatisfy(row -> assertThat(row.getItem()).isNull());
        });

        robot.interact(() -> context.shell().refresh());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == VOLUMES);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> assertThat(table.getItems()).containsExactlyElementsOf(context.shell().volumes().rows()));
        assertThat(ghosts).isEmpty();
    }

    @Test
    void aTableWithRowsOrASelectionIsLeftAlone(FxRobot robot) throws Exception {
        robot.interact(() -> context.shell().refresh());
        @SuppressWarnings("unchecked")
        TableView<Object> table = robot.lookup("#programsTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == PROGRAMS);
        robot.interact(() -> {
            table.getSelectionModel().select(3);
            table.getFocusModel().focus(3);
            Object chosen = table.getSelectionModel().getSelectedItem();
            List<Object> before = new ArrayList<>(table.getItems());

            assertThat(TableWarmUp.now(table, before.get(0), 1)).isEqualTo(-1);
            assertThat(table.getItems()).containsExactlyElementsOf(before);
            assertThat(table.getSelectionModel().getSelectedItem()).isSameAs(chosen);
            assertThat(table.getFocusModel().getFocusedIndex()).isEqualTo(3);
            assertThat(context.shell().programs().selectedProperty().get()).isSameAs(chosen);
        });
    }

    /** How many rows of {@code table} have cells (a row builds them when it first shows an item). */
    private static int rowsWithCells(FxRobot robot, TableView<?> table) {
        int[] count = new int[1];
        robot.interact(() -> count[0] = (int) rows(table).stream().filter(row -> !row.lookupAll(".table-cell").isEmpty()).count());
        return count[0];
    }

    private static List<TableRow<?>> rows(TableView<?> table) {
        List<TableRow<?>> out = new ArrayList<>();
        for (Node node : table.lookupAll(".table-row-cell")) {
            out.add((TableRow<?>) node);
        }
        return out;
    }
}
