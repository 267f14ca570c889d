package org.alephdeploy.cli;

import java.nio.file.Path;
import org.alephdeploy.platform.AppDirs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aleph-deploy}: global options; the subcommands are registered by {@link Cli}. */
@Command(name = "aleph-deploy", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Plan, preview, sign and verify changes to Aleph Cloud programs and volumes.",
            "Without arguments the desktop window opens."},
        footer = ExitCodes.HELP, sortOptions = false)
public final class RootCommand {
    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Keep settings, wallets, journal, cache and the sandbox store under DIR (default: the OS's per-user directories).")
    Path dataDir;

    @Option(names = "--json", description = "Print JSON instead of human text.")
    boolean json;

    @Option(names = "--node", paramLabel = "URL",
            description = "Node API URL; 'sandbox' starts the embedded node on the data dir's sandbox store (default: the mainnet nodes).")
    String node;

    public AppDirs dirs() {
        return dataDir != null ? AppDirs.under(dataDir) : AppDirs.forThisUser();
    }

    public boolean json() {
        return json;
    }

    public String node() {
        return node;
    }
}
