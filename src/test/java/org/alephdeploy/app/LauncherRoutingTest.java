package org.alephdeploy.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.alephdeploy.platform.AppDirs;
import org.alephdeploy.ui.shell.Network;
import org.junit.jupiter.api.Test;

class LauncherRoutingTest {
    @Test
    void noArgumentsOrOnlyDataDirAndNodeOpenTheWindow() {
        assertThat(Launcher.opensWindow()).isTrue();
        assertThat(Launcher.opensWindow("--data-dir", "/tmp/profile")).isTrue();
        assertThat(Launcher.opensWindow("--node", "http://127.0.0.1:4024")).isTrue();
        assertThat(Launcher.opensWindow("--data-dir=/tmp/p", "--node=sandbox")).isTrue();
    }

    @Test
    void aCommandHelpOrAnotherOptionRunsTheCommandLine() {
        assertThat(Launcher.opensWindow("--help")).isFalse();
        assertThat(Launcher.opensWindow("--data-dir", "/tmp/p", "inventory")).isFalse();
        assertThat(Launcher.opensWindow("--json")).isFalse();
        assertThat(Launcher.opensWindow("--data-dir")).isFalse();
        assertThat(Launcher.opensWindow("--node", "ftp://x")).isFalse();
        assertThat(Launcher.opensWindow("--node", "sandbox", "--node", "sandbox")).isFalse();
        assertThat(Launcher.opensWindow("sandbox")).isFalse();
    }

    @Test
    void theWindowUsesTheDataDirAndNodeAsTheCommandLineDoes() {
        WindowOptions o = WindowOptions.of(List.of("--data-dir", "/tmp/profile", "--node", "http://127.0.0.1:4024/")).orElseThrow();
        assertThat(o.dirs()).isEqualTo(AppDirs.under(Path.of("/tmp/profile")));
        assertThat(o.network()).contains(Network.custom("http://127.0.0.1:4024"));
        assertThat(WindowOptions.of(List.of("--node", "sandbox")).orElseThrow().network()).contains(Network.sandbox());
        assertThat(WindowOptions.of(List.of()).orElseThrow().network()).isEmpty();
    }
}
