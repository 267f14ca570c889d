package org.alephdeploy.ccn;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a node URL can be tampered with on the way: plain {@code http://} to a host other than
 * this computer lets anyone on the network path change what the app shows and what it is asked to
 * sign. Judged from the URL alone (no name lookup), so a name that happens to resolve to the
 * loopback is still warned about.
 */
public final class NodeUrlRisk {
    private NodeUrlRisk() {
    }

    /** True for {@code http://} to a host that is not the loopback ({@code localhost}, {@code 127.x.x.x}, {@code ::1}). */
    public static boolean plainHttpOffLoopback(String url) {
        if (url == null) {
            return false;
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return false;
        }
        if (!"http".equalsIgnoreCase(uri.getScheme())) {
            return false;
        }
        String host = uri.getHost();
        return host == null || !isLoopback(host);
    }

    /** The warning to show for {@code url}, if it needs one: what happens, why, what to do. */
    public static Optional<String> warning(String url) {
        if (!plainHttpOffLoopback(url)) {
            return Optional.empty();
        }
        return Optional.of("Warning: the node " + url.strip() + " is reached over plain http:// on the network, so anyone on "
                + "the path can change what the app shows and signs. Use an https:// address for a node on another computer.");
    }

    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.equals("localhost") || h.endsWith(".localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")
                || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }
}
