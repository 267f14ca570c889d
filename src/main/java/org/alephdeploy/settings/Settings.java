package org.alephdeploy.settings;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The user's preferences as stored in settings.json. Fields this version does not know (written by
 * a newer one) are kept and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"network", "customNodeUrl", "theme", "lastAccount", "autoLockMinutes", "window", "columnWidths"})
public final class Settings {
    public static final int DEFAULT_AUTO_LOCK_MINUTES = 5;

    public enum Network {
        @JsonEnumDefaultValue
        @JsonProperty("mainnet")
        MAINNET,
        @JsonProperty("custom")
        CUSTOM,
        @JsonProperty("sandbox")
        SANDBOX
    }

    public enum Theme {
        @JsonEnumDefaultValue
        @JsonProperty("light")
        LIGHT,
        @JsonProperty("dark")
        DARK
    }

    /** Main window placement; {@code null} in {@link Settings} until the window was first closed. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class Window {
        private double x;
        private double y;
        private double width;
        private double height;
        private boolean maximized;

        public Window() {
        }

        public Window(double x, double y, double width, double height, boolean maximized) {
            this.x = x;
            this.y = y;
            this.width = width;
            this.height = height;
            this.maximized = maximized;
        }

        public double getX() {
            return x;
        }

        public void setX(double x) {
            this.x = x;
        }

        public double getY() {
            return y;
        }

        public void setY(double y) {
            this.y = y;
        }

        public double getWidth() {
            return width;
        }

        public void setWidth(double width) {
            this.width = width;
        }

        public double getHeight() {
            return height;
        }

        public void setHeight(double height) {
            this.height = height;
        }

        public boolean isMaximized() {
            return maximized;
        }

        public void setMaximized(boolean maximized) {
            this.maximized = maximized;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Window that && x == that.x && y == that.y && width == that.width
                    && height == that.height && maximized == that.maximized;
        }

        @Override
        public int hashCode() {
            return Objects.hash(x, y, width, height, maximized);
        }
    }

    private Network network = Network.MAINNET;
    private String customNodeUrl;
    private Theme theme = Theme.LIGHT;
    private String lastAccount;
    private int autoLockMinutes = DEFAULT_AUTO_LOCK_MINUTES;
    private Window window;
    private Map<String, Map<String, Double>> columnWidths = new LinkedHashMap<>();
    private final Map<String, JsonNode> unknownFields = new LinkedHashMap<>();

    public Network getNetwork() {
        return network;
    }

    public void setNetwork(Network network) {
        this.network = network == null ? Network.MAINNET : network;
    }

    public String getCustomNodeUrl() {
        return customNodeUrl;
    }

    public void setCustomNodeUrl(String customNodeUrl) {
        this.customNodeUrl = customNodeUrl;
    }

    public Theme getTheme() {
        return theme;
    }

    public void setTheme(Theme theme) {
        this.theme = theme == null ? Theme.LIGHT : theme;
    }

    public String getLastAccount() {
        return lastAccount;
    }

    public void setLastAccount(String lastAccount) {
        this.lastAccount = lastAccount;
    }

    public int getAutoLockMinutes() {
        return autoLockMinutes;
    }

    public void setAutoLockMinutes(int autoLockMinutes) {
        this.autoLockMinutes = autoLockMinutes;
    }

    public Window getWindow() {
        return window;
    }

    public void setWindow(Window window) {
        this.window = window;
    }

    /** Column id to width, per table id. */
    public Map<String, Map<String, Double>> getColumnWidths() {
        return columnWidths;
    }

    public void setColumnWidths(Map<String, Map<String, Double>> columnWidths) {
        this.columnWidths = columnWidths == null ? new LinkedHashMap<>() : new LinkedHashMap<>(columnWidths);
    }

    public void setColumnWidth(String tableId, String columnId, double width) {
        columnWidths.computeIfAbsent(tableId, id -> new LinkedHashMap<>()).put(columnId, width);
    }

    @JsonAnyGetter
    Map<String, JsonNode> unknownFields() {
        return unknownFields;
    }

    @JsonAnySetter
    void keepUnknownField(String name, JsonNode value) {
        unknownFields.put(name, value);
    }
}
