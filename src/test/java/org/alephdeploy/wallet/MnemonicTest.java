package org.alephdeploy.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.alephdeploy.wallet.WalletException.Reason;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.MnemonicUtils;

class MnemonicTest {
    static final String TEST_MNEMONIC = "test test test test test test test test test test test junk";
    static final String HARDHAT_0 = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
    static final String HARDHAT_1 = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
    private static final char[] NO_PASSPHRASE = new char[0];

    @Test
    void theTestMnemonicGivesTheWellKnownAddresses() {
        Mnemonic m = Mnemonic.parse(TEST_MNEMONIC.toCharArray());

        assertThat(m.address(NO_PASSPHRASE, 0)).isEqualTo(HARDHAT_0);
        assertThat(m.address(NO_PASSPHRASE, 1)).isEqualTo(HARDHAT_1);
        assertThat(m.addresses(NO_PASSPHRASE, 3)).containsExactly(HARDHAT_0, HARDHAT_1, "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC");
        assertThat(Mnemonic.path(1)).isEqualTo("m/44'/60'/0'/0/1");
    }

    @Test
    void theAbandonAboutMnemonicGivesItsWellKnownAddress() {
        Mnemonic m = Mnemonic.parse("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about".toCharArray());

        assertThat(m.address(NO_PASSPHRASE, 0)).isEqualTo("0x9858EfFD232B4033E47d90003D41EC34EcaEda94");
    }

    @Test
    void caseAndExtraWhiteSpaceAreIgnored() {
        Mnemonic m = Mnemonic.parse(("  TEST test\ttest test test test\ntest test test test test Junk \n").toCharArray());

        assertThat(m.words()).hasSize(12).last().isEqualTo("junk");
        assertThat(m.address(NO_PASSPHRASE, 0)).isEqualTo(HARDHAT_0);
    }

    @Test
    void aPassphraseLeadsToAnotherAccount() {
        Mnemonic m = Mnemonic.parse(TEST_MNEMONIC.toCharArray());

        assertThat(m.address("secret".toCharArray(), 0)).isNotEqualTo(HARDHAT_0)
                .isEqualTo(m.address("secret".toCharArray(), 0));
    }

    @Test
    void generatedMnemonicsHaveTwelveValidWordsAndDiffer() {
        Mnemonic a = Mnemonic.generate();
        Mnemonic b = Mnemonic.generate();

        assertThat(a.words()).hasSize(12);
        assertThat(MnemonicUtils.validateMnemonic(String.join(" ", a.words()))).isTrue();
        assertThat(Mnemonic.parse(String.join(" ", a.words()).toCharArray()).words()).isEqualTo(a.words());
        assertThat(a.words()).isNotEqualTo(b.words());
    }

    @Test
    void anUnknownWordIsNamedWithItsPosition() {
        assertThatThrownBy(() -> Mnemonic.parse("test test test test tset test test test test test test junk".toCharArray()))
                .isInstanceOfSatisfying(WalletException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_MNEMONIC_WORD))
                .hasMessageContaining("Word 5").hasMessageContaining("BIP-39 English word list").hasMessageNotContaining("tset");
    }

    @Test
    void aBadChecksumIsReported() {
        assertThatThrownBy(() -> Mnemonic.parse("test test test test test test test test test test test test".toCharArray()))
                .isInstanceOfSatisfying(WalletException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_MNEMONIC_CHECKSUM))
                .hasMessageContaining("checksum");
    }

    @Test
    void aWrongWordCountIsReported() {
        assertThatThrownBy(() -> Mnemonic.parse("test test test test test test test test test test junk".toCharArray()))
                .isInstanceOfSatisfying(WalletException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_MNEMONIC))
                .hasMessageContaining("has 11 words");
        assertThatThrownBy(() -> Mnemonic.parse("   ".toCharArray()))
                .isInstanceOfSatisfying(WalletException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_MNEMONIC));
    }

    @Test
    void aNegativeIndexIsRefused() {
        Mnemonic m = Mnemonic.parse(TEST_MNEMONIC.toCharArray());

        assertThatThrownBy(() -> m.address(NO_PASSPHRASE, -1))
                .isInstanceOfSatisfying(WalletException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_INDEX));
    }

    @Test
    void theWordListIsSortedSoBinarySearchFindsEveryWord() {
        List<String> words = MnemonicUtils.getWords();
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(null);

        assertThat(words).hasSize(2048).isEqualTo(sorted);
    }

    @Test
    void theInputIsLeftIntactAndWipeClearsTheWords() {
        char[] input = TEST_MNEMONIC.toCharArray();
        Mnemonic m = Mnemonic.parse(input);
        m.wipe();

        assertThat(new String(input)).isEqualTo(TEST_MNEMONIC);
        assertThat(m.words()).containsOnly("abandon");
    }
}
