package org.alephdeploy.service.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.alephdeploy.deploy.Engine;
import org.alephdeploy.sandbox.SandboxNode;
import org.alephdeploy.service.node.LocalSandbox;
import org.alephdeploy.service.node.NodeChoice;
import org.alephdeploy.service.node.NodeConnection;
import org.alephdeploy.ui.LoopbackNodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkEnginesTest {
    @TempDir
    Path dir;

    /** One engine per network, on the client the connection shares for it, whether or not it is current. */
    @Test
    void oneEnginePerNetworkOnTheClientOfThatNetwork() throws IOException {
        try (SandboxNode custom = LoopbackNodes.start(dir.resolve("custom"));
                NodeConnection nodes = new NodeConnection(List.of(LoopbackNodes.closedPort()),
                        new LocalSandbox(dir.resolve("sandbox")))) {
            NetworkEngines engines = new NetworkEngines(nodes, dir.resolve("data"), dir.resolve("cache"));
            NodeChoice other = NodeChoice.custom(custom.url());
            Engine early = engines.of(other);
            assertThat(nodes.current().choice()).as("asking does not switch").isEqualTo(NodeChoice.mainnet());

            Engine mainnet = engines.current();
            assertThat(mainnet.network()).isEqualTo("mainnet");
            assertThat(mainnet.client()).isSameAs(nodes.client());
            assertThat(engines.of(NodeChoice.mainnet())).isSameAs(mainnet);

            nodes.connect(other);
            Engine second = engines.of(other);
            assertThat(second).isSameAs(early);
            assertThat(second.network()).isEqualTo(custom.url());
            assertThat(second.client()).isSameAs(nodes.client());
            assertThat(second.client().version()).isEqualTo(SandboxNode.VERSION);
            assertThat(engines.current()).isSameAs(second);
            assertThat(engines.of(NodeChoice.mainnet())).as("kept after the switch").isSameAs(mainnet);

            nodes.connect(NodeChoice.mainnet());
            assertThat(engines.current()).isSameAs(mainnet);
        }
    }
}
