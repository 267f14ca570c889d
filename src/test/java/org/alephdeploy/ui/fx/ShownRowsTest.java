package org.alephdeploy.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.transformation.SortedList;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A table gives up its rows while its tab is hidden and keeps what the user chose: sort order and selection. */
@ExtendWith(ApplicationExtension.class)
class ShownRowsTest {
    private final SimpleObjectProperty<String> selected = new SimpleObjectProperty<>();
    private TableView<String> table;
    private TableColumn<String, String> name;
    private TabPane tabs;

    private Stage window;

    @Start
    void start(Stage primary) {
        // a window of its own: the primary stage, shared by the test classes of this JVM, keeps its size
        window = new Stage();
        table = new TableView<>();
        name = new TableColumn<>("name");
        name.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue()));
        table.getColumns().add(name);
        // as the view models do: the rows are sorted by the table's comparator
        SortedList<String> rows = new SortedList<>(FXCollections.observableArrayList("b", "d", "a", "c"));
        rows.comparatorProperty().bind(table.comparatorProperty());
        ShownRows.bind(table, rows, selected);
        tabs = new TabPane(new Tab("rows", table), new Tab("other", new Label("other")));
        window.setScene(new Scene(tabs, 400, 300));
        window.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(window::hide);
    }

    @Test
    void theSortOrderAndSelectionOutliveASwitchToAnotherTabAndBack(FxRobot robot) {
        robot.interact(() -> {
            name.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().add(name);
            selected.set("c");
        });
        assertThat(table.getItems()).containsExactly("d", "c", "b", "a");

        robot.interact(() -> tabs.getSelectionModel().select(1));
        assertThat(table.getItems()).as("rows of a hidden table").isEmpty();
        robot.interact(() -> tabs.getSelectionModel().select(0));

        assertThat(table.getSortOrder()).containsExactly(name);
        assertThat(name.getSortType()).isEqualTo(TableColumn.SortType.DESCENDING);
        assertThat(table.getItems()).containsExactly("d", "c", "b", "a");
        assertThat(table.getSelectionModel().getSelectedItem()).isEqualTo("c");
        assertThat(selected.get()).isEqualTo("c");
    }
}
