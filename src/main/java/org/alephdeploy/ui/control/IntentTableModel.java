package org.alephdeploy.ui.control;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import javafx.beans.binding.IntegerExpression;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.transformation.SortedList;
import org.alephdeploy.ui.model.IntentState;

/**
 * What an {@link IntentTable} shows and starts: the rows after search, filter and sort, the
 * selection, and the intents with their state.
 *
 * @param <R> a row
 * @param <I> the intents that act on the selected row
 */
public interface IntentTableModel<R, I extends Enum<I>> {
    /** The rows to show: searched, filtered, sorted by the table's comparator. */
    SortedList<R> rows();

    IntegerExpression shownCount();

    ObjectProperty<Comparator<? super R>> comparatorProperty();

    StringProperty searchProperty();

    /** The table's one filter toggle. */
    BooleanProperty filterProperty();

    ObjectProperty<R> selectedProperty();

    ReadOnlyObjectProperty<IntentState> intentState(I intent);

    /** Starts {@code intent} on the selection when its state allows it. */
    void start(I intent);

    /** Files dropped on {@code row}; true when they started an intent. */
    boolean dropOnRow(R row, List<Path> files);

    /** The words for {@code intent} on its button and menu item. */
    String label(I intent);
}
