package org.alephdeploy.service.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.alephdeploy.message.EthSignatures;
import org.alephdeploy.wallet.ScryptParams;
import org.alephdeploy.wallet.WalletException;
import org.alephdeploy.wallet.WalletStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WalletSessionTest {
    private static final String KEY_1 = "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
    private static final String ADDRESS_1 = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

    @TempDir
    Path tmp;

    private WalletSession session() {
        return new WalletSession(new WalletStore(tmp.resolve("wallets"), ScryptParams.LIGHT), Duration.ofMinutes(5));
    }

    @Test
    void importSelectsUnlockSignsLockRefuses() {
        WalletSession wallet = session();
        List<WalletSession.State> states = new ArrayList<>();
        wallet.addListener(states::add);

        wallet.importPrivateKey("one", KEY_1.toCharArray(), "password1".toCharArray());
        assertThat(wallet.state().selected().address()).isEqualTo(ADDRESS_1);
        assertThat(wallet.state().canSign()).isTrue();
        assertThat(wallet.state().unlocked()).isFalse();
        assertThatThrownBy(() -> wallet.unlock("wrong-password".toCharArray())).isInstanceOf(WalletException.class)
                .satisfies(e -> assertThat(((WalletException) e).reason()).isEqualTo(WalletException.Reason.WRONG_PASSWORD));

        wallet.unlock("password1".toCharArray());
        byte[] buffer = "ETH\nsender\nSTORE\nhash".getBytes(StandardCharsets.UTF_8);
        String signature = wallet.signer().orElseThrow().sign(buffer);
        assertThat(EthSignatures.verify(buffer, signature, ADDRESS_1)).isTrue();

        wallet.lock();
        assertThat(wallet.state().unlocked()).isFalse();
        assertThat(states).extracting(WalletSession.State::unlocked).containsExactly(false, true, false);
        assertThatThrownBy(() -> wallet.signer().orElseThrow().sign(buffer)).isInstanceOf(WalletException.class);
    }

    @Test
    void watchOnlyHasNoSignerAndRemovingTheSelectedAccountDeselects() {
        WalletSession wallet = session();
        wallet.watch("watched", ADDRESS_1);
        assertThat(wallet.signer()).isEmpty();
        assertThat(wallet.state().canSign()).isFalse();
        assertThatThrownBy(() -> wallet.unlock("x".toCharArray())).isInstanceOf(WalletException.class);

        wallet.rename("watched", "partner");
        assertThat(wallet.selected().orElseThrow().name()).isEqualTo("partner");
        wallet.remove("partner");
        assertThat(wallet.selected()).isEmpty();
        assertThat(wallet.accounts()).isEmpty();
    }

    @Test
    void theDemoAccountIsInstalledOnceAndUnlocked() {
        WalletSession wallet = session();
        DemoAccount.install(wallet);
        assertThat(wallet.state().selected().name()).isEqualTo(DemoAccount.NAME);
        assertThat(wallet.state().unlocked()).isTrue();
        wallet.deselect();

        DemoAccount.install(wallet);
        assertThat(wallet.accounts()).hasSize(1);
        assertThat(wallet.state().unlocked()).isTrue();
    }

    @Test
    void alephKeyFilesAreReadForTheirAddressInRawAndHexForm() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("home/.aleph-im/private-keys"));
        Files.write(dir.resolve("ethereum.key"), HexFormat.of().parseHex(KEY_1));
        Files.writeString(dir.resolve("other.key"), "0x" + KEY_1 + "\n");
        Files.writeString(dir.resolve("broken.key"), "not a key");
        Files.write(dir.resolve("sol.key"), new byte[64]);

        List<AlephKeyPreview.Found> found = AlephKeyPreview.scan(tmp.resolve("home"));

        assertThat(found).extracting(f -> f.file().getFileName().toString()).containsExactly("ethereum.key", "broken.key", "other.key");
        assertThat(found).extracting(AlephKeyPreview.Found::address).containsExactly(ADDRESS_1, null, ADDRESS_1);
    }
}
