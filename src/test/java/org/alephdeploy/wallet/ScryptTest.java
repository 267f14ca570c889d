package org.alephdeploy.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.bouncycastle.crypto.generators.SCrypt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScryptTest {
    @ParameterizedTest
    @CsvSource({
        "'', '', 16, 1, 1, 77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906",
        "password, NaCl, 1024, 8, 16, fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622"
            + "eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640"})
    void matchesTheRfc7914Vectors(String password, String salt, int n, int r, int p, String expected) {
        byte[] dk = Scrypt.derive(password.getBytes(StandardCharsets.US_ASCII), salt.getBytes(StandardCharsets.US_ASCII), n, r, p, 64);

        assertThat(HexFormat.of().formatHex(dk)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"1024, 8, 1", "4096, 1, 1", "256, 3, 5", "2, 2, 2"})
    void matchesBouncyCastleWhereBouncyCastleAcceptsTheParameters(int n, int r, int p) {
        byte[] password = "pw".getBytes(StandardCharsets.US_ASCII);
        byte[] salt = HexFormat.of().parseHex("00112233445566778899aabbccddeeff");

        assertThat(Scrypt.derive(password, salt, n, r, p, 32)).isEqualTo(SCrypt.generate(password, salt, n, r, p, 32));
    }
}
