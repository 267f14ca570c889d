package org.alephdeploy.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SignatureException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Hash;
import org.web3j.crypto.Sign;

class Keccak256Test {
    private static final String HELLO_SIG = "0xa461f509887bd19e312c0c58467ce8ff8e300d3c1a90b608a760c5b80318eaf1"
            + "5fe57c96f9175d6cd4daad4663763baa7e78836e067d0163e9a2ccf2ff753f5b1b";

    @Test
    void knownDigests() {
        assertThat(hex(Keccak256.hash(new byte[0])))
                .isEqualTo("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
        assertThat(hex(Keccak256.hash("abc".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45");
    }

    @Test
    void sameDigestAsWeb3jAcrossBlockBoundaries() {
        Random random = new Random(15);
        for (int length = 0; length <= 700; length++) {
            byte[] input = new byte[length];
            random.nextBytes(input);
            assertThat(hex(Keccak256.hash(input))).as("length %d", length).isEqualTo(hex(Hash.sha3(input)));
        }
    }

    @Test
    void ethereumMessageHashIsWeb3jsPersonalSignDigest() {
        Random random = new Random(191);
        for (int length : new int[] {0, 1, 9, 10, 99, 100, 135, 136, 1000, 70_000}) {
            byte[] buffer = new byte[length];
            random.nextBytes(buffer);
            assertThat(hex(Keccak256.ethereumMessageHash(buffer))).as("length %d", length)
                    .isEqualTo(hex(Sign.getEthereumMessageHash(buffer)));
        }
    }

    /**
     * In a JVM of its own (this one has loaded everything), recovering a signer and checksumming
     * an address load no class of BouncyCastle and not web3j's {@code Sign}: a signed jar's first
     * class costs the verification of the whole jar.
     */
    @Test
    void recoveryLoadsNeitherBouncyCastleNorWeb3jSign() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xlog:class+load=info", "-cp", System.getProperty("java.class.path"),
                RecoverOnce.class.getName())).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("recovered 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")
                .contains("org.alephdeploy.message.Keccak256 ")
                .doesNotContain("org.bouncycastle.")
                .doesNotContain("org.web3j.crypto.Sign ");
    }

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    /** What {@link #recoveryLoadsNeitherBouncyCastleNorWeb3jSign} runs in its child JVM. */
    static final class RecoverOnce {
        private RecoverOnce() {
        }

        public static void main(String[] args) throws SignatureException {
            String signer = EthSignatures.recover("hello world".getBytes(StandardCharsets.UTF_8), HELLO_SIG);
            System.out.println("recovered " + signer + " " + Addresses.checksum(signer.toLowerCase(Locale.ROOT)));
        }
    }
}
