package org.alephdeploy.cli;

import java.io.IOException;
import java.time.Duration;
import org.alephdeploy.ccn.CcnClient;
import org.alephdeploy.ccn.NodeError;
import org.alephdeploy.deploy.Engine;
import org.alephdeploy.deploy.run.RunSettings;
import org.alephdeploy.platform.AppDirs;
import org.alephdeploy.sandbox.SandboxNode;
import org.alephdeploy.sandbox.SandboxOptions;

/**
 * The engine a command works with, from the global {@code --node} option: the mainnet nodes by
 * default, a node URL, or {@code sandbox} (the embedded node started in this process on the data
 * dir's sandbox store, stopped when the command ends).
 */
final class EngineSession implements AutoCloseable {
    static final String SANDBOX = "sandbox";

    private final SandboxNode sandbox;
    private final CcnClient client;
    private final Engine engine;

    private EngineSession(SandboxNode sandbox, CcnClient client, Engine engine) {
        this.sandbox = sandbox;
        this.client = client;
        this.engine = engine;
    }

    static EngineSession open(RootCommand root) {
        return open(root, root.node());
    }

    /** The embedded sandbox on the data dir's sandbox store, whatever --node says (a rehearsal's copy). */
    static EngineSession openSandbox(RootCommand root) {
        return open(root, SANDBOX);
    }

    private static EngineSession open(RootCommand root, String node) {
        AppDirs dirs = root.dirs();
        SandboxNode sandbox = null;
        CcnClient.Builder b = CcnClient.builder();
        String network;
        RunSettings settings = RunSettings.defaults();
        if (node == null || node.isBlank()) {
            network = "mainnet";
        } else if (SANDBOX.equals(node)) {
            try {
                sandbox = SandboxNode.start(SandboxOptions.builder(dirs.sandbox()).port(0).build());
            } catch (IOException | RuntimeException e) {
                throw new CliFailure(ExitCodes.UNREACHABLE, "The embedded sandbox node could not start on " + dirs.sandbox() + ": "
                        + e.getMessage() + ". Check that no other sandbox uses that directory, or run 'aleph-deploy sandbox' "
                        + "and pass its URL with --node.", e);
            }
            b.node(sandbox.url());
            network = SANDBOX;
            settings = RunSettings.quick();
        } else {
            if (!node.startsWith("http://") && !node.startsWith("https://")) {
                throw new CliFailure(ExitCodes.USAGE, "--node must be a node URL (http://… or https://…) or 'sandbox', not '"
                        + node + "'.");
            }
            b.node(node);
            network = node.replaceAll("/+$", "");
        }
        CcnClient client = b.readTimeout(Duration.ofSeconds(60)).build();
        Engine engine = Engine.builder(client, network, dirs.data(), dirs.cache()).runSettings(settings).build();
        return new EngineSession(sandbox, client, engine);
    }

    Engine engine() {
        return engine;
    }

    /** Turns a node failure into the command's exit code: 4 when no node answered, else 1. */
    static CliFailure failure(NodeError e) {
        return new CliFailure(e.isUnreachable() ? ExitCodes.UNREACHABLE : ExitCodes.FAILED, e.getMessage(), e);
    }

    @Override
    public void close() {
        client.close();
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
