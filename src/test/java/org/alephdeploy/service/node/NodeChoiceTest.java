package org.alephdeploy.service.node;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The window's node choice carries the warning for a custom node over plain http:// on the network. */
class NodeChoiceTest {
    @Test
    void onlyACustomPlainHttpNodeOffTheLoopbackIsWarnedAbout() {
        assertThat(NodeChoice.custom("http://node.example.org:4024").pathWarning())
                .hasValueSatisfying(w -> assertThat(w).contains("anyone on the path can change what the app shows and signs"));
        assertThat(NodeChoice.custom("https://node.example.org").pathWarning()).isEmpty();
        assertThat(NodeChoice.custom("http://127.0.0.1:4024").pathWarning()).isEmpty();
        assertThat(NodeChoice.mainnet().pathWarning()).isEmpty();
        assertThat(NodeChoice.sandbox().pathWarning()).isEmpty();
    }
}
