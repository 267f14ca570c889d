package org.alephdeploy.ui.fx;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Remembers the widths of a table's columns in the settings: {@code columns.bind(table, "programs")}
 * restores the widths saved under that table id and saves each width the user gives a column.
 * Columns are named by their fx:id, else by their header text. FX thread only.
 */
public final class ColumnMemory {
    private final UiSettings settings;

    public ColumnMemory(UiSettings settings) {
        this.settings = settings;
    }

    public void bind(TableView<?> table, String tableId) {
        for (TableColumn<?, ?> column : table.getColumns()) {
            bind(column, tableId);
        }
    }

    private void bind(TableColumn<?, ?> column, String tableId) {
        String columnId = columnId(column);
        if (columnId == null) {
            return;
        }
        Double saved = settings.columnWidth(tableId, columnId);
        if (saved != null && saved > 0) {
            column.setPrefWidth(saved);
        }
        column.widthProperty().addListener((obs, old, now) -> {
            if (now.doubleValue() > 0) {
                settings.setColumnWidth(tableId, columnId, Math.round(now.doubleValue()));
            }
        });
    }

    private static String columnId(TableColumn<?, ?> column) {
        if (column.getId() != null && !column.getId().isBlank()) {
            return column.getId();
        }
        return column.getText() == null || column.getText().isBlank() ? null : column.getText();
    }
}
