package org.alephdeploy.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NetworkPathWarningTest {
    @Test
    void aPlainHttpNodeOffThisComputerIsWarnedAbout() {
        assertThat(Network.custom("http://192.0.2.10:4024").pathWarning()).contains("anyone on the path");
    }

    @Test
    void httpsLoopbackMainnetAndTheSandboxAreNot() {
        assertThat(Network.custom("https://node.example").pathWarning()).isEmpty();
        assertThat(Network.custom("http://127.0.0.1:4024").pathWarning()).isEmpty();
        assertThat(Network.mainnet().pathWarning()).isEmpty();
        assertThat(Network.sandbox().pathWarning()).isEmpty();
    }
}
