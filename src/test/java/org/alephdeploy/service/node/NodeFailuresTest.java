package org.alephdeploy.service.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.alephdeploy.ccn.NodeError;
import org.junit.jupiter.api.Test;

class NodeFailuresTest {
    private final NodeError unreachable = NodeError.unreachable(List.of("http://127.0.0.1:9"), "connection refused", 0, null);
    private final NodeError rejected = NodeError.rejected(5, null, "http://127.0.0.1:4024");

    @Test
    void tellsTheClientsFailuresFromOthers() {
        assertThat(NodeFailures.type().isInstance(unreachable)).isTrue();
        assertThat(NodeFailures.type().isInstance(new IllegalStateException("a bug"))).isFalse();
    }

    @Test
    void anUnreachableNodeHasNoCodeAndNamesTheNodes() {
        assertThat(NodeFailures.unreachable(unreachable)).isTrue();
        assertThat(NodeFailures.errorCode(unreachable)).isEmpty();
        assertThat(NodeFailures.node(unreachable)).contains("http://127.0.0.1:9");
        assertThat(NodeFailures.reason(unreachable))
                .isEqualTo(unreachable.explanation().what() + " " + unreachable.explanation().why());
    }

    @Test
    void aRejectionCarriesTheNodesCode() {
        assertThat(NodeFailures.unreachable(rejected)).isFalse();
        assertThat(NodeFailures.errorCode(rejected)).contains(5);
        assertThat(NodeFailures.node(rejected)).contains("http://127.0.0.1:4024");
    }

    @Test
    void otherFailuresGiveTheirMessage() {
        IOException other = new IOException("disk full");
        assertThat(NodeFailures.unreachable(other)).isFalse();
        assertThat(NodeFailures.errorCode(other)).isEmpty();
        assertThat(NodeFailures.node(other)).isEmpty();
        assertThat(NodeFailures.reason(other)).isEqualTo("disk full");
    }
}
