package org.alephdeploy.ui.fx;

import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.alephdeploy.settings.Settings;

/**
 * The settings the window reads and changes, as properties over the stored {@link Settings}.
 * Every change is copied into the stored bean and handed to {@code save} (the store's debounced
 * {@code saveLater}, which writes on its own thread). Fields this version does not know stay in
 * the bean untouched. FX thread only.
 */
public final class UiSettings {
    private final Settings stored;
    private final Consumer<Settings> save;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final ObjectProperty<Settings.Network> network = new SimpleObjectProperty<>(this, "network");
    private final StringProperty customNodeUrl = new SimpleStringProperty(this, "customNodeUrl");
    private final StringProperty lastAccount = new SimpleStringProperty(this, "lastAccount");
    private final IntegerProperty autoLockMinutes = new SimpleIntegerProperty(this, "autoLockMinutes");
    private final ObjectProperty<Settings.Window> window = new SimpleObjectProperty<>(this, "window");

    /** Settings kept in memory only (tests, screenshots). */
    public UiSettings() {
        this(new Settings(), s -> { });
    }

    public UiSettings(Settings stored, Consumer<Settings> save) {
        this.stored = stored;
        this.save = save;
        theme.set(stored.getTheme() == Settings.Theme.DARK ? Theme.DARK : Theme.LIGHT);
        network.set(stored.getNetwork());
        customNodeUrl.set(stored.getCustomNodeUrl());
        lastAccount.set(stored.getLastAccount());
        autoLockMinutes.set(stored.getAutoLockMinutes() > 0 ? stored.getAutoLockMinutes() : Settings.DEFAULT_AUTO_LOCK_MINUTES);
        window.set(stored.getWindow());
        follow(theme, t -> stored.setTheme(t == Theme.DARK ? Settings.Theme.DARK : Settings.Theme.LIGHT));
        follow(network, stored::setNetwork);
        follow(customNodeUrl, stored::setCustomNodeUrl);
        follow(lastAccount, stored::setLastAccount);
        follow(autoLockMinutes, n -> stored.setAutoLockMinutes(n.intValue()));
        follow(window, stored::setWindow);
    }

    private <T> void follow(ObservableValue<T> property, Consumer<T> copy) {
        property.addListener((obs, old, now) -> {
            copy.accept(now);
            save.accept(stored);
        });
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public Theme getTheme() {
        return theme.get();
    }

    public void setTheme(Theme value) {
        theme.set(value);
    }

    /** The network chosen last (mainnet, custom or sandbox). */
    public ObjectProperty<Settings.Network> networkProperty() {
        return network;
    }

    /** The custom node URL chosen last, also while another network is selected. */
    public StringProperty customNodeUrlProperty() {
        return customNodeUrl;
    }

    public StringProperty lastAccountProperty() {
        return lastAccount;
    }

    public IntegerProperty autoLockMinutesProperty() {
        return autoLockMinutes;
    }

    /** Main window placement; null until the window was first placed. */
    public ObjectProperty<Settings.Window> windowProperty() {
        return window;
    }

    /** The remembered width of a table column, or null. */
    public Double columnWidth(String tableId, String columnId) {
        Map<String, Double> table = stored.getColumnWidths().get(tableId);
        return table == null ? null : table.get(columnId);
    }

    public void setColumnWidth(String tableId, String columnId, double width) {
        Double old = columnWidth(tableId, columnId);
        if (old == null || old != width) {
            stored.setColumnWidth(tableId, columnId, width);
            save.accept(stored);
        }
    }
}
