package org.alephdeploy.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.alephdeploy.message.MessageSigner;
import org.alephdeploy.sandbox.DemoSeed;
import org.alephdeploy.service.engine.SandboxEngine;
import org.alephdeploy.service.engine.SignerAccess;
import org.alephdeploy.service.engine.TestSignerAccess;
import org.junit.jupiter.api.Test;

/** Who signs, as the input pages and the confirm page show it: name first, the address second, and why one cannot sign. */
class SignerViewModelTest {
    /** The demo key under a wallet name, as the wallet service hands a named account over. */
    private static SignerAccess named(String name) {
        TestSignerAccess key = SandboxEngine.account();
        return new SignerAccess() {
            @Override
            public Optional<String> address() {
                return key.address();
            }

            @Override
            public Optional<String> name() {
                return Optional.of(name);
            }

            @Override
            public boolean watchOnly() {
                return false;
            }

            @Override
            public boolean locked() {
                return false;
            }

            @Override
            public MessageSigner unlock(char[] password) throws UnlockException {
                return key.unlock(password);
            }

            @Override
            public Optional<MessageSigner> signer() {
                return key.signer();
            }
        };
    }

    @Test
    void aNamedAccountIsShownByItsNameWithTheAddressForTheIdenticonAndNoNote() {
        SignerViewModel vm = new SignerViewModel();
        vm.read(named("work"));
        assertThat(vm.nameProperty().get()).isEqualTo("work");
        assertThat(vm.addressProperty().get()).isEqualToIgnoringCase(DemoSeed.ACCOUNT_0);
        assertThat(vm.noteProperty().get()).isNull();
    }

    @Test
    void anAccountWithoutANameAndAWatchOnlyAddressSaySo() {
        SignerViewModel vm = new SignerViewModel();
        vm.read(SandboxEngine.account());
        assertThat(vm.nameProperty().get()).isEqualTo("Account without a name");
        assertThat(vm.noteProperty().get()).isNull();

        vm.read(TestSignerAccess.watchOnly(SandboxEngine.signer()));
        assertThat(vm.noteProperty().get()).contains("watch-only").contains("Import its key");
        assertThat(vm.addressProperty().get()).isEqualToIgnoringCase(DemoSeed.ACCOUNT_0);
    }
}
