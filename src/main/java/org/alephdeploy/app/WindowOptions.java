package org.alephdeploy.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.alephdeploy.platform.AppDirs;
import org.alephdeploy.ui.shell.Network;

/**
 * The command line options the window understands, {@code --data-dir DIR} and {@code --node URL}
 * (or {@code --node sandbox}), read as the command line reads them: the same data directory
 * layout and the same node. Arguments with anything else (a command, {@code --help}, another
 * option) belong to the command line.
 *
 * @param dataDir the {@code --data-dir} root, or null for this user's folders
 * @param node    the {@code --node} value, or null for the network remembered from last time
 */
public record WindowOptions(Path dataDir, String node) {
    private static final String DATA_DIR = "--data-dir";
    private static final String NODE = "--node";

    /** The window's options in {@code args}, or empty when the arguments are a command line for the CLI. */
    public static Optional<WindowOptions> of(List<String> args) {
        Path dataDir = null;
        String node = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                return Optional.empty();
            }
            if (DATA_DIR.equals(name) && dataDir == null && !value.isBlank()) {
                dataDir = Path.of(value);
            } else if (NODE.equals(name) && node == null && validNode(value)) {
                node = value;
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new WindowOptions(dataDir, node));
    }

    private static boolean validNode(String value) {
        return "sandbox".equals(value) || value.startsWith("http://") || value.startsWith("https://");
    }

    /** The folders the window uses: under {@code --data-dir} as the CLI lays them out, else this user's. */
    public AppDirs dirs() {
        return dataDir != null ? AppDirs.under(dataDir) : AppDirs.forThisUser();
    }

    /** The network {@code --node} names, or empty to keep the one remembered from last time. */
    public Optional<Network> network() {
        if (node == null) {
            return Optional.empty();
        }
        return Optional.of("sandbox".equals(node) ? Network.sandbox() : Network.custom(node.replaceAll("/+$", "")));
    }
}
