package org.alephdeploy.ui.shell;

import java.util.Objects;
import org.alephdeploy.service.node.NodeChoice;
import org.alephdeploy.ui.fx.I18n;

/** A node the app talks to: the Aleph mainnet API, a custom node URL, or the local sandbox. */
public record Network(Kind kind, String url) {
    public enum Kind { MAINNET, CUSTOM, SANDBOX }

    public static final String MAINNET_URL = "https://api2.aleph.im";

    public Network {
        Objects.requireNonNull(kind);
    }

    public static Network mainnet() {
        return new Network(Kind.MAINNET, MAINNET_URL);
    }

    /** The sandbox's URL is known once it runs; null until then. */
    public static Network sandbox() {
        return new Network(Kind.SANDBOX, null);
    }

    public static Network custom(String url) {
        return new Network(Kind.CUSTOM, Objects.requireNonNull(url));
    }

    /** The same choice as the node service names it. */
    public NodeChoice choice() {
        return switch (kind) {
            case MAINNET -> NodeChoice.mainnet();
            case SANDBOX -> NodeChoice.sandbox();
            case CUSTOM -> NodeChoice.custom(url);
        };
    }

    /** The warning for a node reached over plain {@code http://} off this computer, or "" (see {@code NodeChoice.pathWarning}). */
    public String pathWarning() {
        return choice().pathWarning().orElse("");
    }

    public String label() {
        return switch (kind) {
            case MAINNET -> I18n.get("shell.network.mainnet");
            case SANDBOX -> I18n.get("shell.network.sandbox");
            case CUSTOM -> url;
        };
    }
}
