package org.alephdeploy.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HexFormat;
import org.alephdeploy.message.Json;
import org.alephdeploy.wallet.WalletException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Wallet;
import org.web3j.crypto.WalletFile;
import org.web3j.utils.Numeric;

class V3KeystoreTest {
    static final String KEY_HEX = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
    static final byte[] KEY = HexFormat.of().parseHex(KEY_HEX);
    static final char[] PASSWORD = "correct horse battery".toCharArray();

    /** The test vectors of the Web3 Secret Storage Definition (Ethereum wiki): password "testpassword". */
    static final String WIKI_KEY = "7a28b5ba57c53603b0b07b56bba752f7784bf506fa95edc395f5cf6c7514fe9d";
    static final String WIKI_PBKDF2 = """
            {"crypto":{"cipher":"aes-128-ctr","cipherparams":{"iv":"6087dab2f9fdbbfaddc31a909735c1e6"},
             "ciphertext":"5318b4d5bcd28de64ee5559e671353e16f075ecae9f99c7a79a38af5f869aa46","kdf":"pbkdf2",
             "kdfparams":{"c":262144,"dklen":32,"prf":"hmac-sha256","salt":"ae3cd4e7013836a3df6bd7241b12db061dbe2c6785853cce422d148a624ce0bd"},
             "mac":"517ead924a9d0dc3124507e3393d175ce3ff7c1e96529c6c555ce9e51205e9b2"},
             "id":"3198bc9c-6672-5ab3-d995-4942343ae5b6","version":3}""";
    static final String WIKI_SCRYPT = """
            {"crypto":{"cipher":"aes-128-ctr","cipherparams":{"iv":"83dbcc02d8ccb40e466191a123791e0e"},
             "ciphertext":"d172bf743a674da9cdad04534d56926ef8358534d458fffccd4e6ad2fbde479c","kdf":"scrypt",
             "kdfparams":{"dklen":32,"n":262144,"r":1,"p":8,"salt":"ab0c7876052600dd703518d6fc3fe8984592145b591fc8fb5c6d43190334ba19"},
             "mac":"2103ac29920d71da29f15d75b4a16dbe95cfd7ff8faea1056c33131d846e3097"},
             "id":"3198bc9c-6672-5ab3-d995-4942343ae5b6","version":3}""";

    @ParameterizedTest
    @CsvSource({"1024, 8, 1", "4096, 8, 1", "2048, 4, 2", "16384, 1, 1"})
    void scryptRoundTripWithDifferentParameters(int n, int r, int p) {
        ObjectNode ks = V3Keystore.encryptScrypt(KEY, PASSWORD, new ScryptParams(n, r, p));

        assertThat(ks.at("/crypto/kdfparams/n").asInt()).isEqualTo(n);
        assertThat(ks.at("/crypto/kdfparams/r").asInt()).isEqualTo(r);
        assertThat(ks.at("/crypto/kdfparams/p").asInt()).isEqualTo(p);
        assertThat(ks.get("address").asText()).isEqualTo("f39fd6e51aad88f6f4ce6ab8827279cfffb92266");
        assertThat(V3Keystore.decrypt(ks, PASSWORD, "test")).isEqualTo(KEY);
    }

    @ParameterizedTest
    @CsvSource({"1", "1000", "10240"})
    void pbkdf2RoundTripWithDifferentIterationCounts(int c) {
        ObjectNode ks = V3Keystore.encryptPbkdf2(KEY, PASSWORD, c);

        assertThat(ks.at("/crypto/kdf").asText()).isEqualTo("pbkdf2");
        assertThat(ks.at("/crypto/kdfparams/c").asInt()).isEqualTo(c);
        assertThat(V3Keystore.decrypt(ks, PASSWORD, "test")).isEqualTo(KEY);
    }

    @Test
    void theWikiPbkdf2VectorDecrypts() {
        assertThat(HexFormat.of().formatHex(V3Keystore.decrypt(Json.parse(WIKI_PBKDF2), "testpassword".toCharArray(), "wiki")))
                .isEqualTo(WIKI_KEY);
    }

    @Test
    void theWikiScryptVectorDecrypts() {
        assertThat(HexFormat.of().formatHex(V3Keystore.decrypt(Json.parse(WIKI_SCRYPT), "testpassword".toCharArray(), "wiki")))
                .isEqualTo(WIKI_KEY);
    }

    @Test
    void web3jReadsOurKeystoresAndWeReadWeb3js() throws Exception {
        ObjectNode ours = V3Keystore.encryptScrypt(KEY, PASSWORD, ScryptParams.LIGHT);
        WalletFile asWeb3j = Json.MAPPER.treeToValue(ours, WalletFile.class);
        assertThat(Numeric.toHexStringNoPrefixZeroPadded(Wallet.decrypt(new String(PASSWORD), asWeb3j).getPrivateKey(), 64))
                .isEqualTo(KEY_HEX);

        WalletFile theirs = Wallet.create(new String(PASSWORD), ECKeyPair.create(KEY), 1024, 1);
        JsonNode theirsJson = Json.MAPPER.valueToTree(theirs);
        assertThat(V3Keystore.decrypt(theirsJson, PASSWORD, "web3j")).isEqualTo(KEY);
    }

    @Test
    void nonAsciiPasswordsAreEncodedAsUtf8LikeWeb3jDoes() throws Exception {
        char[] password = "pässwört €".toCharArray();
        WalletFile theirs = Wallet.create(new String(password), ECKeyPair.create(KEY), 1024, 1);

        assertThat(V3Keystore.decrypt(Json.MAPPER.valueToTree(theirs), password, "web3j")).isEqualTo(KEY);
    }

    @Test
    void aWrongPasswordIsReportedAsSuch() {
        ObjectNode ks = V3Keystore.encryptScrypt(KEY, PASSWORD, ScryptParams.LIGHT);

        assertThatThrownBy(() -> V3Keystore.decrypt(ks, "wrong password".toCharArray(), "the keystore file k.json"))
                .isInstanceOfSatisfying(WalletException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSWORD))
                .hasMessageContaining("The password does not open the keystore file k.json");
    }

    @Test
    void anUnknownKdfIsUnsupported() {
        ObjectNode ks = V3Keystore.encryptScrypt(KEY, PASSWORD, ScryptParams.LIGHT);
        ((ObjectNode) ks.get("crypto")).put("kdf", "argon2id");

        assertThatThrownBy(() -> V3Keystore.decrypt(ks, PASSWORD, "k"))
                .isInstanceOfSatisfying(WalletException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_KEYSTORE))
                .hasMessageContaining("'argon2id'").hasMessageContaining("only 'scrypt' and 'pbkdf2'");
    }

    @Test
    void otherVersionsAndCiphersAreUnsupported() {
        ObjectNode v2 = V3Keystore.encryptScrypt(KEY, PASSWORD, ScryptParams.LIGHT).put("version", 2);
        assertThatThrownBy(() -> V3Keystore.decrypt(v2, PASSWORD, "k"))
                .isInstanceOfSatisfying(WalletException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_KEYSTORE))
                .hasMessageContaining("version 2");

        ObjectNode cbc = V3Keystore.encryptScrypt(KEY, PASSWORD, ScryptParams.LIGHT);
        ((ObjectNode) cbc.get("crypto")).put("cipher", "aes-128-cbc");
        assertThatThrownBy(() -> V3Keystore.decrypt(cbc, PASSWORD, "k"))
                .isInstanceOfSatisfying(WalletException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_KEYSTORE))
                .hasMessageContaining("aes-128-cbc");
    }

    @Test
    void scryptParametersThatWouldExhaustMemoryAreRefusedBeforeDeriving() {
        ObjectNode ks = V3Keystore.encryptScrypt(KEY, PASSWORD, ScryptParams.LIGHT);
        ((ObjectNode) ks.at("/crypto/kdfparams")).put("n", 1 << 24);

        assertThatThrownBy(() -> V3Keystore.decrypt(ks, PASSWORD, "k"))
                .isInstanceOfSatisfying(WalletException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_KEYSTORE))
                .hasMessageContaining("1 GB");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "1073741824, 2147483647, 1", // 128·n·r overflows a long
        "2, 2147483647, 2147483647", // 128·r·p (scrypt's B) is 2^69 bytes
        "16, 1, 2147483647", // 128·r·p: 256 GiB for B with a tiny n
        "1024, 8, 1048576", // n·r·p: hours of work
        "1073741824, 1, 1" // 128·n·r: 128 GiB for V
    })
    void hostileScryptParametersFailWithAWalletExceptionNeverAnOutOfMemory(int n, int r, int p) {
        ObjectNode ks = V3Keystore.encryptScrypt(KEY, PASSWORD, ScryptParams.LIGHT);
        ((ObjectNode) ks.at("/crypto/kdfparams")).put("n", n).put("r", r).put("p", p);

        assertThatThrownBy(() -> V3Keystore.decrypt(ks, PASSWORD, "k"))
                .isInstanceOfSatisfying(WalletException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_KEYSTORE));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"0", "-1", "2147483648", "1e999999999", "99999999999999999999"})
    void hostilePbkdf2IterationCountsFailWithAWalletException(String c) {
        ObjectNode ks = V3Keystore.encryptPbkdf2(KEY, PASSWORD, 1000);
        ((ObjectNode) ks.at("/crypto/kdfparams")).set("c", Json.parse(c));

        assertThatThrownBy(() -> V3Keystore.decrypt(ks, PASSWORD, "k")).isInstanceOf(WalletException.class);
    }

    @Test
    void damagedFieldsAreReportedAsCorrupt() {
        ObjectNode noMac = V3Keystore.encryptScrypt(KEY, PASSWORD, ScryptParams.LIGHT);
        ((ObjectNode) noMac.get("crypto")).remove("mac");
        assertThatThrownBy(() -> V3Keystore.decrypt(noMac, PASSWORD, "k"))
                .isInstanceOfSatisfying(WalletException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CORRUPT_KEYSTORE))
                .hasMessageContaining("'mac' is missing");

        ObjectNode badHex = V3Keystore.encryptScrypt(KEY, PASSWORD, ScryptParams.LIGHT);
        ((ObjectNode) badHex.get("crypto")).put("ciphertext", "zz");
        assertThatThrownBy(() -> V3Keystore.decrypt(badHex, PASSWORD, "k"))
                .isInstanceOfSatisfying(WalletException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CORRUPT_KEYSTORE))
                .hasMessageContaining("not hexadecimal");

        assertThatThrownBy(() -> V3Keystore.decrypt(Json.parse("[1,2]"), PASSWORD, "k"))
                .isInstanceOfSatisfying(WalletException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CORRUPT_KEYSTORE));
    }

    @Test
    void theKeystoreTextHoldsNoPlaintextKey() {
        String text = Json.pretty(V3Keystore.encryptScrypt(KEY, PASSWORD, ScryptParams.LIGHT));

        assertThat(text.toLowerCase()).doesNotContain(KEY_HEX);
    }
}
