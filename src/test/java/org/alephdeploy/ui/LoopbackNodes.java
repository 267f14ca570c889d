package org.alephdeploy.ui;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.alephdeploy.sandbox.SandboxNode;
import org.alephdeploy.sandbox.SandboxOptions;
import java.net.InetAddress;

/** Real nodes on 127.0.0.1 for window tests: a bare sandbox standing in for mainnet, and a closed port. */
public final class LoopbackNodes {
    private LoopbackNodes() {
    }

    /** A sandbox node without demo content, on a free port. */
    public static SandboxNode start(Path dir) throws IOException {
        return SandboxNode.start(SandboxOptions.builder(dir).build());
    }

    /** The URL of a loopback port that was free a moment ago and has no listener. */
    public static String closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }
    }
}
