package org.alephdeploy.ui.details;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import java.util.function.BiConsumer;

/** What the details pane shows: one item, or nothing while no row is selected. FX thread only. */
public final class DetailsViewModel {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private final ObjectProperty<ItemDetails> item = new SimpleObjectProperty<>(this, "item");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final ReadOnlyStringWrapper prettyJson = new ReadOnlyStringWrapper(this, "prettyJson", "");
    private final ObjectProperty<BiConsumer<String, String>> rollBackAction =
            new SimpleObjectProperty<>(this, "rollBackAction");

    public DetailsViewModel() {
        item.addListener((obs, old, now) -> prettyJson.set(now == null ? "" : pretty(now.rawJson())));
    }

    /** The raw content indented for reading; copying uses the exact raw text. */
    public ReadOnlyStringProperty prettyJsonProperty() {
        return prettyJson.getReadOnlyProperty();
    }

    static String pretty(String raw) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(raw));
        } catch (JsonProcessingException e) {
            return raw;
        }
    }

    public ObjectProperty<ItemDetails> itemProperty() {
        return item;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public BooleanBinding empty() {
        return Bindings.isNull(item);
    }

    /** What "roll back here" on a revision does, given the root and the revision; null hides the action. */
    public ObjectProperty<BiConsumer<String, String>> rollBackActionProperty() {
        return rollBackAction;
    }

    /** Starts a roll-back of the shown item's timeline to {@code revision}, when an action is set. */
    public void rollBackTo(String revision) {
        ItemDetails d = item.get();
        if (d != null && d.revisionsRoot() != null && rollBackAction.get() != null) {
            rollBackAction.get().accept(d.revisionsRoot(), revision);
        }
    }

    public void show(ItemDetails details) {
        item.set(details);
    }

    public void clear() {
        item.set(null);
    }
}
