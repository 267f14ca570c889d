package org.alephdeploy.service.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.alephdeploy.message.KeyPairSigner;
import org.alephdeploy.sandbox.DemoSeed;
import org.alephdeploy.service.engine.SignerAccess;
import org.alephdeploy.service.node.LocalSandbox;
import org.alephdeploy.service.node.NodeChoice;
import org.alephdeploy.service.node.NodeConnection;
import org.alephdeploy.service.wallet.WalletSession;
import org.alephdeploy.ui.LoopbackNodes;
import org.alephdeploy.wallet.ScryptParams;
import org.alephdeploy.wallet.WalletStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WalletSignerAccessTest {
    private static final String KEY_1 = "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
    private static final String DEMO_KEY = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

    @TempDir
    Path dir;
    private NodeConnection nodes;
    private WalletSession wallet;
    private SignerAccess access;

    @BeforeEach
    void setUp() throws IOException {
        nodes = new NodeConnection(List.of(LoopbackNodes.closedPort()), new LocalSandbox(dir.resolve("sandbox")));
        wallet = new WalletSession(new WalletStore(dir.resolve("wallets"), ScryptParams.LIGHT), Duration.ofMinutes(5));
        access = new WalletSignerAccess(wallet, nodes);
    }

    @AfterEach
    void tearDown() {
        wallet.lock();
        nodes.close();
    }

    @Test
    void followsTheSelectedAccountThroughLockAndUnlock() throws Exception {
        assertThat(access.address()).isEmpty();
        assertThat(access.locked()).isFalse();
        assertThatThrownBy(() -> access.unlock("x".toCharArray())).isInstanceOf(SignerAccess.UnlockException.class)
                .hasMessageContaining("No account is selected");

        wallet.importPrivateKey("one", KEY_1.toCharArray(), "long password".toCharArray());
        assertThat(access.address()).contains(DemoSeed.ACCOUNT_1);
        assertThat(access.watchOnly()).isFalse();
        assertThat(access.locked()).isTrue();
        assertThat(access.signer()).isEmpty();
        assertThatThrownBy(() -> access.unlock("wrong password".toCharArray()))
                .isInstanceOf(SignerAccess.UnlockException.class).hasMessageContaining("password");
        assertThat(access.locked()).isTrue();

        assertThat(access.unlock("long password".toCharArray()).address()).isEqualTo(DemoSeed.ACCOUNT_1);
        assertThat(access.locked()).isFalse();
        assertThat(access.signer()).isPresent();
        wallet.lock();
        assertThat(access.signer()).isEmpty();

        wallet.watch("watched", DemoSeed.ACCOUNT_0);
        assertThat(access.watchOnly()).isTrue();
        assertThat(access.locked()).as("nothing to unlock").isFalse();
        assertThat(access.signer()).isEmpty();
    }

    @Test
    void theDemoKeySignsOnTheSandboxOnly() throws Exception {
        wallet.importPrivateKey("demo", DEMO_KEY.toCharArray(), "long password".toCharArray());
        wallet.unlock("long password".toCharArray());

        assertThat(nodes.current().choice()).isEqualTo(NodeChoice.mainnet());
        assertThat(access.locked()).isTrue();
        assertThat(access.signer()).isEmpty();
        assertThatThrownBy(() -> access.unlock("long password".toCharArray())).isInstanceOf(SignerAccess.UnlockException.class)
                .hasMessage(WalletSignerAccess.DEMO_ELSEWHERE);

        nodes.connect(NodeChoice.sandbox());
        assertThat(access.locked()).isFalse();
        assertThat(access.signer()).map(s -> s.address()).contains(KeyPairSigner.fromHex(DEMO_KEY).address());
    }
}
