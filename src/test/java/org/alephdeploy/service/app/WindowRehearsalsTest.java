package org.alephdeploy.service.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.alephdeploy.sandbox.SandboxNode;
import org.alephdeploy.service.engine.Rehearsals;
import org.alephdeploy.service.node.LocalSandbox;
import org.alephdeploy.service.node.NodeChoice;
import org.alephdeploy.service.node.NodeConnection;
import org.alephdeploy.ui.LoopbackNodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowRehearsalsTest {
    @TempDir
    Path dir;

    /**
     * Offered from a real network (asking starts nothing), never from the sandbox itself; opening starts the local
     * sandbox; the file size cap is remembered for the session.
     */
    @Test
    void offeredFromARealNetworkOnlyAndOpenedIntoTheLocalSandbox() throws IOException {
        try (SandboxNode custom = LoopbackNodes.start(dir.resolve("custom"));
                NodeConnection nodes = new NodeConnection(List.of(LoopbackNodes.closedPort()),
                        new LocalSandbox(dir.resolve("sandbox")))) {
            WindowRehearsals rehearsals = new WindowRehearsals(nodes,
                    new NetworkEngines(nodes, dir.resolve("data"), dir.resolve("cache")), dir.resolve("data/rehearse"));
            nodes.connect(NodeChoice.custom(custom.url()));

            assertThat(rehearsals.realNetwork()).contains(custom.url());
            assertThat(nodes.sandbox().isRunning()).as("asking starts nothing").isFalse();
            assertThat(rehearsals.open()).isNotNull();
            assertThat(nodes.sandbox().isRunning()).isTrue();
            assertThat(nodes.current().choice()).as("the window stays on the real network").isEqualTo(NodeChoice.custom(custom.url()));

            assertThat(rehearsals.maxFileSize()).as("the command line's default").isEqualTo(Rehearsals.DEFAULT_MAX_FILE_SIZE);
            rehearsals.rememberMaxFileSize(4096);
            assertThat(rehearsals.maxFileSize()).as("remembered for the session").isEqualTo(4096);
            assertThatThrownBy(() -> rehearsals.rememberMaxFileSize(-1)).hasMessageContaining("0 or more bytes");

            nodes.connect(NodeChoice.sandbox());
            assertThat(rehearsals.realNetwork()).isEmpty();
            assertThatThrownBy(rehearsals::open).isInstanceOf(IllegalStateException.class).hasMessageContaining("node menu");
        }
    }
}
