package org.alephdeploy.ccn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Plain http:// to another computer is warned about; https and the loopback are not. */
class NodeUrlRiskTest {
    @Test
    void plainHttpToAnotherComputerDrawsTheWarning() {
        for (String url : new String[] {"http://node.example.org", "http://10.0.0.5:4024/", "http://[2001:db8::1]:4024",
            "HTTP://api2.aleph.im", "http://127.example.org", "http://localhost.example.org"}) {
            assertThat(NodeUrlRisk.plainHttpOffLoopback(url)).as(url).isTrue();
            assertThat(NodeUrlRisk.warning(url)).as(url).hasValueSatisfying(w -> assertThat(w)
                    .contains("anyone on the path can change what the app shows and signs").contains("https://"));
        }
    }

    @Test
    void httpsAndTheLoopbackDoNot() {
        for (String url : new String[] {"https://api2.aleph.im", "http://127.0.0.1:4024", "http://localhost:4024/",
            "http://[::1]:4024", "http://127.1.2.3", null, "sandbox"}) {
            assertThat(NodeUrlRisk.plainHttpOffLoopback(url)).as(String.valueOf(url)).isFalse();
            assertThat(NodeUrlRisk.warning(url)).as(String.valueOf(url)).isEmpty();
        }
    }
}
