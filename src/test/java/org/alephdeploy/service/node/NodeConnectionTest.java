package org.alephdeploy.service.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.alephdeploy.ccn.NodeError;
import org.alephdeploy.sandbox.DemoSeed;
import org.alephdeploy.sandbox.SandboxNode;
import org.alephdeploy.sandbox.SandboxOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Switching nodes over real loopback HTTP: a bare sandbox as "mainnet", a closed port, the in-process sandbox. */
class NodeConnectionTest {
    @TempDir
    Path tmp;

    private static String closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + s.getLocalPort();
        }
    }

    @Test
    void startsOnMainnetSwitchesTellsListenersAndStopsTheSandboxOnClose() throws IOException {
        try (SandboxNode standIn = SandboxNode.start(SandboxOptions.builder(tmp.resolve("mainnet")).build())) {
            LocalSandbox sandbox = new LocalSandbox(tmp.resolve("local"));
            List<NodeChoice> seen = new ArrayList<>();
            try (NodeConnection nodes = new NodeConnection(List.of(standIn.url()), sandbox)) {
                nodes.addListener(c -> seen.add(c.choice()));
                assertThat(nodes.current().choice()).isEqualTo(NodeChoice.mainnet());
                assertThat(nodes.probe()).isEqualTo(SandboxNode.VERSION);
                assertThat(sandbox.isRunning()).isFalse();

                String closed = closedPort();
                nodes.connect(NodeChoice.custom(closed + "/"));
                assertThat(nodes.current().url()).isEqualTo(closed);
                assertThatThrownBy(nodes::probe).isInstanceOf(NodeError.class)
                        .satisfies(e -> assertThat(((NodeError) e).kind()).isEqualTo(NodeError.Kind.UNREACHABLE));

                nodes.connect(NodeChoice.sandbox());
                assertThat(sandbox.isRunning()).isTrue();
                assertThat(nodes.probe()).isEqualTo(SandboxNode.VERSION);
                assertThat(nodes.client().balance(DemoSeed.ACCOUNT_0).balance()).isPositive();
                assertThat(Files.exists(tmp.resolve("local/sandbox.db"))).isTrue();

                nodes.connect(NodeChoice.sandbox());
                assertThat(seen).containsExactly(NodeChoice.custom(closed + "/"), NodeChoice.sandbox());
            }
            assertThat(sandbox.isRunning()).isFalse();
        }
    }

    @Test
    void theSandboxKeepsItsDataAcrossRestarts() throws IOException {
        LocalSandbox sandbox = new LocalSandbox(tmp.resolve("local"));
        String first = sandbox.start();
        assertThat(sandbox.start()).as("a second start reuses the running node").isEqualTo(first);
        sandbox.close();
        try (NodeConnection nodes = new NodeConnection(List.of(closedPort()), new LocalSandbox(tmp.resolve("local")))) {
            nodes.connect(NodeChoice.sandbox());
            assertThat(nodes.client().balance(DemoSeed.ACCOUNT_0).balance()).isPositive();
        }
    }

    @Test
    void networkIdsNameTheChoice() {
        assertThat(NodeChoice.mainnet().networkId()).isEqualTo("mainnet");
        assertThat(NodeChoice.sandbox().networkId()).isEqualTo("sandbox");
        assertThat(NodeChoice.custom("http://127.0.0.1:4024").networkId()).isEqualTo("http://127.0.0.1:4024");
        assertThatThrownBy(() -> new NodeChoice(NodeChoice.Kind.CUSTOM, null)).isInstanceOf(NullPointerException.class);
    }
}
