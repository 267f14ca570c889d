package org.alephdeploy.service.node;

import java.util.Objects;
import java.util.Optional;
import org.alephdeploy.ccn.NodeUrlRisk;

/**
 * Which node the user chose: the Aleph mainnet API, a node at a URL of their own, or the local
 * sandbox (whose URL is known only once it runs, so it has none here).
 */
public record NodeChoice(Kind kind, String url) {
    public enum Kind { MAINNET, CUSTOM, SANDBOX }

    public NodeChoice {
        Objects.requireNonNull(kind);
        if (kind == Kind.CUSTOM) {
            Objects.requireNonNull(url, "a custom node needs a URL");
        } else {
            url = null;
        }
    }

    public static NodeChoice mainnet() {
        return new NodeChoice(Kind.MAINNET, null);
    }

    public static NodeChoice sandbox() {
        return new NodeChoice(Kind.SANDBOX, null);
    }

    public static NodeChoice custom(String url) {
        return new NodeChoice(Kind.CUSTOM, url);
    }

    /** A stable name for caches and journals: {@code mainnet}, {@code sandbox} or the custom URL. */
    public String networkId() {
        return switch (kind) {
            case MAINNET -> "mainnet";
            case SANDBOX -> "sandbox";
            case CUSTOM -> url;
        };
    }

    /**
     * The warning the window shows next to a custom node reached over plain {@code http://} on the
     * network (anyone on the path can change what the app shows and signs); empty otherwise.
     */
    public Optional<String> pathWarning() {
        return kind == Kind.CUSTOM ? NodeUrlRisk.warning(url) : Optional.empty();
    }
}
