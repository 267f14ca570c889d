package org.alephdeploy.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SignatureException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;

/** libsecp256k1's recovery gives exactly web3j's outcome: the same address, or a refusal on both paths. */
class NativeRecoveryTest {
    private static final BigInteger N = Sign.CURVE_PARAMS.getN();
    private static final BigInteger P = new BigInteger("fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f", 16);
    private static final byte[] HELLO = "hello world".getBytes(StandardCharsets.UTF_8);

    @Test
    void theNativeLibraryLoadsOnThisMachine() {
        assertThat(NativeRecovery.available()).isTrue();
        assertThat(NativeRecovery.recover(new byte[64], new byte[32], 0)).isNull();
    }

    @Test
    void randomSignaturesRecoverAlikeOnBothPaths() {
        Random random = new Random(20261203);
        int recovered = 0;
        int refused = 0;
        for (int i = 0; i < 250; i++) {
            ECKeyPair key = ECKeyPair.create(new BigInteger(256, random).mod(N.subtract(BigInteger.ONE)).add(BigInteger.ONE));
            byte[] buffer = ("message " + i + " " + random.nextLong()).getBytes(StandardCharsets.UTF_8);
            byte[] raw = HexFormat.of().parseHex(EthSignatures.sign(buffer, key).substring(2));
            BigInteger r = new BigInteger(1, Arrays.copyOfRange(raw, 0, 32));
            BigInteger s = new BigInteger(1, Arrays.copyOfRange(raw, 32, 64));
            int v = raw[64];
            String signer = outcome(buffer, signature(r, s, v));
            assertThat(signer).isEqualTo(Keys.toChecksumAddress(Keys.getAddress(key)));
            for (String sig : new String[] {
                signature(r, N.subtract(s), v), signature(r, N.subtract(s), 55 - v), signature(r, s, 55 - v),
                signature(r, s, v - 27), signature(new BigInteger(256, random), new BigInteger(256, random), 27 + random.nextInt(2)),
                signature(new BigInteger(256, random).mod(N), new BigInteger(256, random).mod(N), 27 + random.nextInt(2)),
            }) {
                String a = outcome(buffer, sig);
                assertThat(a).as("signature %s", sig).isEqualTo(portableOutcome(buffer, sig));
                if (a.startsWith("0x")) {
                    recovered++;
                } else {
                    refused++;
                }
            }
        }
        assertThat(recovered).isGreaterThan(1000);
        assertThat(refused).isGreaterThan(100);
    }

    @Test
    void edgesOfTheScalarRangesRecoverAlikeOnBothPaths() {
        BigInteger validR = new BigInteger(1, HexFormat.of().parseHex(
                "a461f509887bd19e312c0c58467ce8ff8e300d3c1a90b608a760c5b80318eaf1"));
        BigInteger validS = new BigInteger(1, HexFormat.of().parseHex(
                "5fe57c96f9175d6cd4daad4663763baa7e78836e067d0163e9a2ccf2ff753f5b"));
        BigInteger[] scalars = {BigInteger.ZERO, BigInteger.ONE, BigInteger.TWO, N.subtract(BigInteger.ONE), N, N.add(BigInteger.ONE),
            P.subtract(BigInteger.ONE), P, BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE), N.shiftRight(1), N.shiftRight(1).add(BigInteger.ONE)};
        int cases = 0;
        for (int v : new int[] {27, 28}) {
            for (BigInteger x : scalars) {
                for (String sig : new String[] {signature(x, validS, v), signature(validR, x, v)}) {
                    assertThat(outcome(HELLO, sig)).as("signature %s", sig).isEqualTo(portableOutcome(HELLO, sig));
                    cases++;
                }
            }
        }
        assertThat(cases).isEqualTo(44);
    }

    private static String signature(BigInteger r, BigInteger s, int v) {
        return String.format("0x%064x%064x%02x", r, s, v);
    }

    private static String outcome(byte[] buffer, String signature) {
        try {
            return EthSignatures.recover(buffer, signature);
        } catch (SignatureException e) {
            return "refused";
        }
    }

    private static String portableOutcome(byte[] buffer, String signature) {
        try {
            return EthSignatures.recoverPortably(buffer, signature);
        } catch (SignatureException e) {
            return "refused";
        }
    }
}
