package org.alephdeploy.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SignatureException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.web3j.crypto.ECKeyPair;
import java.math.BigInteger;
import java.util.Arrays;
import org.web3j.crypto.Sign;

class EthSignaturesTest {
    private static final String KEY_0 = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
    private static final String ADDRESS_0 = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
    private static final byte[] HELLO = "hello world".getBytes(StandardCharsets.UTF_8);
    private static final String HELLO_SIG = "0xa461f509887bd19e312c0c58467ce8ff8e300d3c1a90b608a760c5b80318eaf1"
            + "5fe57c96f9175d6cd4daad4663763baa7e78836e067d0163e9a2ccf2ff753f5b1b";

    private static ECKeyPair key0() {
        return ECKeyPair.create(new BigInteger(KEY_0, 16));
    }

    @Test
    void personalSignTestVectorOfSection22() throws SignatureException {
        assertThat(EthSignatures.sign(HELLO, key0())).isEqualTo(HELLO_SIG);
        assertThat(EthSignatures.recover(HELLO, HELLO_SIG)).isEqualTo(ADDRESS_0);
        assertThat(KeyPairSigner.fromHex(KEY_0).address()).isEqualTo(ADDRESS_0);
        assertThat(KeyPairSigner.fromHex("0x" + KEY_0).sign(HELLO)).isEqualTo(HELLO_SIG);
    }

    @Test
    void recoveryByteZeroOrOneIsAccepted() throws SignatureException {
        int v = Integer.parseInt(HELLO_SIG.substring(130), 16);
        String asZeroOne = HELLO_SIG.substring(0, 130) + String.format("%02x", v - 27);

        assertThat(v).isIn(27, 28);
        assertThat(EthSignatures.recover(HELLO, asZeroOne)).isEqualTo(ADDRESS_0);
    }

    @Test
    void otherRecoveryBytesAreRefusedWithTheReason() {
        String v29 = HELLO_SIG.substring(0, 130) + "1d";

        assertThatThrownBy(() -> EthSignatures.recover(HELLO, v29)).isInstanceOf(SignatureException.class)
                .hasMessageContaining("v is 29");
        assertThat(EthSignatures.verify(HELLO, v29, ADDRESS_0)).isFalse();
    }

    @Test
    void prefixAndHexCaseDoNotMatter() throws SignatureException {
        String body = HELLO_SIG.substring(2);

        assertThat(EthSignatures.recover(HELLO, body)).isEqualTo(ADDRESS_0);
        assertThat(EthSignatures.recover(HELLO, "0x" + body.toUpperCase(Locale.ROOT))).isEqualTo(ADDRESS_0);
        assertThat(EthSignatures.recover(HELLO, "0X" + body)).isEqualTo(ADDRESS_0);
    }

    @Test
    void senderCaseDoesNotMatterForVerification() {
        assertThat(EthSignatures.verify(HELLO, HELLO_SIG, ADDRESS_0)).isTrue();
        assertThat(EthSignatures.verify(HELLO, HELLO_SIG, ADDRESS_0.toLowerCase(Locale.ROOT))).isTrue();
        assertThat(EthSignatures.verify(HELLO, HELLO_SIG, "0x70997970C51812dc3A010C7d01b50e0d17dc79C8")).isFalse();
        assertThat(EthSignatures.verify("hello worlds".getBytes(StandardCharsets.UTF_8), HELLO_SIG, ADDRESS_0)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0x", "0x1234",
            "0xzz61f509887bd19e312c0c58467ce8ff8e300d3c1a90b608a760c5b80318eaf15fe57c96f9175d6cd4daad4663763baa7e78836e067d0163e9a2ccf2ff753f5b1b"})
    void malformedSignaturesAreRefusedWithAReason(String signature) {
        assertThatThrownBy(() -> EthSignatures.recover(HELLO, signature)).isInstanceOf(SignatureException.class)
                .hasMessageContaining("signature");
    }

    @Test
    void missingSignatureIsRefused() {
        assertThatThrownBy(() -> EthSignatures.recover(HELLO, null)).isInstanceOf(SignatureException.class)
                .hasMessageContaining("no signature");
    }

    @Test
    void signaturesAreLowS() {
        BigInteger halfN = Sign.CURVE_PARAMS.getN().shiftRight(1);
        for (int i = 0; i < 20; i++) {
            byte[] buffer = ("message " + i).getBytes(StandardCharsets.UTF_8);
            byte[] raw = HexFormat.of().parseHex(EthSignatures.sign(buffer, key0()).substring(2));
            assertThat(new BigInteger(1, Arrays.copyOfRange(raw, 32, 64))).isLessThanOrEqualTo(halfN);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
        "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
        "0x52908400098527886E0F7030069857D2E4169EE7", "0x8617E340B3D01FA5F11F306F4090FD50E238070D",
        "0xde709f2102306220921060314715629080e2fb77", "0x27b1fdb04752bbc536007a920d24acb045561c26",
        "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"})
    void eip55Vectors(String checksummed) {
        assertThat(Addresses.checksum(checksummed.toLowerCase(Locale.ROOT))).isEqualTo(checksummed);
        assertThat(Addresses.checksum("0x" + checksummed.substring(2).toUpperCase(Locale.ROOT))).isEqualTo(checksummed);
        assertThat(Addresses.checksumValid(checksummed)).isTrue();
    }

    @Test
    void addressShapeIsZeroXAndFortyAsciiHexDigits() {
        Pattern shape = Pattern.compile("0x[0-9a-fA-F]{40}");
        String body = "5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
        for (String candidate : new String[] {"0x" + body, "0X" + body, "0x" + body + "0", "0x" + body.substring(1), "x0" + body,
            "0x" + body.replace('5', 'g'), "0x" + body.replace('5', 'G'), "0x" + body.replace('5', '/'), "0x" + body.replace('5', ':'),
            "0x" + body.replace('5', '@'), "0x" + body.replace('5', '`'), "0x" + body.replace('5', '\u0663'),
            "0x" + body.replace('5', '\uff21'), "", "0x"}) {
            assertThat(Addresses.hasShape(candidate)).as(candidate).isEqualTo(shape.matcher(candidate).matches());
        }
        assertThat(Addresses.hasShape(null)).isFalse();
    }

    @Test
    void wrongChecksumIsDetected() {
        assertThat(Addresses.checksumValid("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD")).isFalse();
        assertThat(Addresses.checksumValid("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed")).isTrue();
        assertThat(Addresses.checksumValid("0x5AAEB6053F3E94C9B9A09F33669435E7EF1BEAED")).isTrue();
        assertThat(Addresses.checksumValid("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeA")).isFalse();
        assertThat(Addresses.hasShape("5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")).isFalse();
        assertThatThrownBy(() -> Addresses.checksum("0x12")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Addresses.sameAddress(ADDRESS_0, ADDRESS_0.toLowerCase(Locale.ROOT))).isTrue();
        assertThat(Addresses.sameAddress(ADDRESS_0, null)).isFalse();
    }

    @Test
    void verificationBufferHasTheDocumentedLengths() {
        String hash = "a".repeat(64);
        assertThat(VerificationBuffer.of("ETH", ADDRESS_0, "POST", hash)).hasSize(116);
        assertThat(VerificationBuffer.of("ETH", ADDRESS_0, "PROGRAM", hash)).hasSize(119);
        assertThat(VerificationBuffer.of("ETH", ADDRESS_0, "AGGREGATE", hash)).hasSize(121);
        assertThat(new String(VerificationBuffer.of("ETH", ADDRESS_0, "STORE", hash), StandardCharsets.UTF_8))
                .isEqualTo("ETH\n" + ADDRESS_0 + "\nSTORE\n" + hash);
    }
}
