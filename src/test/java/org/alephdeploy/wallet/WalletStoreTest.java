package org.alephdeploy.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.alephdeploy.message.Json;
import org.alephdeploy.wallet.WalletException.Reason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Wallet;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.security.NoSuchAlgorithmException;
import org.web3j.crypto.WalletFile;

class WalletStoreTest {
    static final String KEY_A = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
    static final String KEY_B = "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
    static final String ADDRESS_A = MnemonicTest.HARDHAT_0;
    static final String ADDRESS_B = MnemonicTest.HARDHAT_1;
    static final char[] PASSWORD = "correct horse battery".toCharArray();

    @TempDir
    Path tmp;
    Path dir;
    WalletStore store;

    @BeforeEach
    void open() {
        dir = tmp.resolve("data").resolve("wallets");
        store = new WalletStore(dir, ScryptParams.LIGHT);
    }

    @Test
    void createdAccountsAreBackedUpByTheirMnemonic() {
        CreatedAccount created = store.create("main", PASSWORD);
        Account a = created.account();

        assertThat(created.mnemonic().words()).hasSize(12);
        assertThat(created.mnemonic().address(new char[0], 0)).isEqualTo(a.address());
        assertThat(a.kind()).isEqualTo(Account.Kind.KEY);
        assertThat(a.origin()).isEqualTo(Account.Origin.CREATED);
        assertThat(a.derivationPath()).isEqualTo("m/44'/60'/0'/0/0");
        assertThat(store.accounts()).containsExactly(a);
        assertThat(new WalletStore(dir, ScryptParams.LIGHT).account("MAIN")).isEqualTo(a);

        Mnemonic restored = Mnemonic.parse(String.join(" ", created.mnemonic().words()).toCharArray());
        WalletStore other = new WalletStore(tmp.resolve("other"), ScryptParams.LIGHT);
        assertThat(other.importMnemonic("restored", restored, new char[0], 0, PASSWORD).address()).isEqualTo(a.address());
    }

    @Test
    void importsAPrivateKeyWithOrWithout0x() {
        Account a = store.importPrivateKey("a", KEY_A.toCharArray(), PASSWORD);
        Account b = store.importPrivateKey("b", ("  " + KEY_B + "\n").toCharArray(), PASSWORD);

        assertThat(a.address()).isEqualTo(ADDRESS_A);
        assertThat(b.address()).isEqualTo(ADDRESS_B);
        assertThat(a.origin()).isEqualTo(Account.Origin.PRIVATE_KEY);
        assertThat(a.derivationPath()).isNull();
        assertThat(store.accounts()).extracting(Account::name).containsExactly("a", "b");
    }

    @Test
    void importsTheTestMnemonicAtIndexZeroAndOne() {
        char[] words = MnemonicTest.TEST_MNEMONIC.toCharArray();
        Account zero = store.importMnemonic("zero", words, new char[0], 0, PASSWORD);
        Account one = store.importMnemonic("one", words, null, 1, PASSWORD);

        assertThat(zero.address()).isEqualTo(ADDRESS_A);
        assertThat(one.address()).isEqualTo(ADDRESS_B);
        assertThat(one.derivationPath()).isEqualTo("m/44'/60'/0'/0/1");
        assertThat(one.origin()).isEqualTo(Account.Origin.MNEMONIC);
        assertThat(new String(words)).isEqualTo(MnemonicTest.TEST_MNEMONIC);
    }

    @Test
    void importsScryptAndPbkdf2KeystoresMadeByOtherTools() throws Exception {
        byte[] keyA = HexFormat.of().parseHex(KEY_A.substring(2));
        Path scrypt = write("scrypt.json", Json.pretty(V3Keystore.encryptScrypt(keyA, "their password".toCharArray(), new ScryptParams(2048, 8, 2))));
        Path pbkdf2 = write("pbkdf2.json", Json.pretty(V3Keystore.encryptPbkdf2(HexFormat.of().parseHex(KEY_B), "pw".toCharArray(), 5000)));
        Path web3j = write("web3j.json", Json.compact(Wallet.create("web3j pw", ECKeyPair.create(HexFormat.of().parseHex(
                "5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a")), 1024, 1)));
        Path wiki = write("wiki.json", V3KeystoreTest.WIKI_PBKDF2);

        Account a = store.importKeystore("scrypt", scrypt, "their password".toCharArray());
        Account b = store.importKeystore("pbkdf2", pbkdf2, "pw".toCharArray());
        Account c = store.importKeystore("web3j", web3j, "web3j pw".toCharArray());
        Account d = store.importKeystore("wiki", wiki, "testpassword".toCharArray());

        assertThat(a.address()).isEqualTo(ADDRESS_A);
        assertThat(b.address()).isEqualTo(ADDRESS_B);
        assertThat(c.address()).isEqualTo("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC");
        assertThat(d.address()).isEqualTo(PrivateKeys.address(HexFormat.of().parseHex(V3KeystoreTest.WIKI_KEY)));
        assertThat(a.origin()).isEqualTo(Account.Origin.KEYSTORE);
        JsonNode stored = Json.parse(Files.readString(dir.resolve("key-" + ADDRESS_B.substring(2).toLowerCase() + ".json")));
        assertThat(stored.at("/crypto/kdf").asText()).isEqualTo("scrypt");
        Signer signer = store.signer("pbkdf2");
        signer.unlock("pw".toCharArray());
        assertThat(signer.isUnlocked()).isTrue();
    }

    @Test
    void importsAnAlephKeyFileAndFindsItUnderTheHomeDirectory() throws IOException {
        Path home = tmp.resolve("home");
        Path keys = Files.createDirectories(home.resolve(".aleph-im/private-keys"));
        Files.write(keys.resolve("ethereum.key"), HexFormat.of().parseHex(KEY_A.substring(2)));
        Files.write(keys.resolve("sol2.key"), new byte[32]);
        Files.writeString(keys.resolve("hand-written.key"), KEY_B + "\n");
        Files.writeString(keys.resolve("notes.txt"), "not a key");

        List<Path> found = WalletStore.findAlephKeyFiles(home);
        assertThat(found).containsExactly(keys.resolve("ethereum.key"), keys.resolve("hand-written.key"));
        assertThat(WalletStore.findAlephKeyFiles(tmp.resolve("nobody"))).isEmpty();

        Account a = store.importAlephKey("aleph", found.get(0), PASSWORD);
        Account b = store.importAlephKey("hand", found.get(1), PASSWORD);
        assertThat(a.address()).isEqualTo(ADDRESS_A);
        assertThat(a.origin()).isEqualTo(Account.Origin.ALEPH_KEY);
        assertThat(b.address()).isEqualTo(ADDRESS_B);
    }

    @Test
    void watchesAnAddressReadOnlyWithoutAKeyFile() throws IOException {
        Account w = store.watch("cold", ADDRESS_A);
        Account lower = store.watch("lower", ADDRESS_B.toLowerCase());

        assertThat(w.kind()).isEqualTo(Account.Kind.WATCH_ONLY);
        assertThat(w.watchOnly()).isTrue();
        assertThat(lower.address()).isEqualTo(ADDRESS_B);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("accounts.json", WalletStore.LOCK_FILE);
        }
        assertThatThrownBy(() -> store.signer("cold")).isInstanceOfSatisfying(WalletException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.WATCH_ONLY)).hasMessageContaining("watch-only");
        assertThatThrownBy(() -> store.exportKeystore("cold", tmp.resolve("x.json"))).isInstanceOfSatisfying(WalletException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.WATCH_ONLY));
    }

    @Test
    void exportsTheKeystoreOwnerOnlyAndNeverOverwrites() throws Exception {
        store.importPrivateKey("a", KEY_A.toCharArray(), PASSWORD);
        Path target = tmp.resolve("exported.json");

        store.exportKeystore("a", target);

        JsonNode exported = Json.parse(Files.readString(target));
        assertThat(V3Keystore.decrypt(exported, PASSWORD, "exported")).isEqualTo(HexFormat.of().parseHex(KEY_A.substring(2)));
        assertThat(Wallet.decrypt(new String(PASSWORD), Json.MAPPER.treeToValue(exported, WalletFile.class)).getPrivateKey())
                .isEqualTo(new BigInteger(KEY_A.substring(2), 16));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
        assertThatThrownBy(() -> store.exportKeystore("a", target)).isInstanceOfSatisfying(WalletException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.FILE_EXISTS)).hasMessageContaining("already exists");
    }

    @Test
    void renamesAndRemovesAccounts() throws IOException {
        store.importPrivateKey("a", KEY_A.toCharArray(), PASSWORD);
        store.watch("w", ADDRESS_B);
        Path keystore = dir.resolve("key-" + ADDRESS_A.substring(2).toLowerCase() + ".json");
        assertThat(keystore).exists();

        Account renamed = store.rename("a", "main");
        assertThat(renamed.address()).isEqualTo(ADDRESS_A);
        assertThat(store.find("a")).isEmpty();
        assertThat(store.account("main").created()).isEqualTo(renamed.created());
        assertThat(store.rename("main", "Main").name()).isEqualTo("Main");
        assertThatThrownBy(() -> store.rename("Main", "W")).isInstanceOfSatisfying(WalletException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.NAME_EXISTS));

        store.remove("main");
        assertThat(keystore).doesNotExist();
        assertThat(store.accounts()).extracting(Account::name).containsExactly("w");
        assertThatThrownBy(() -> store.remove("main")).isInstanceOfSatisfying(WalletException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND)).hasMessageContaining("no account named 'main'");
    }

    @Test
    void theDirectoryIs700AndEveryFile600() throws IOException {
        store.importPrivateKey("a", KEY_A.toCharArray(), PASSWORD);
        store.watch("w", ADDRESS_B);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> all = files.toList();
            assertThat(all).as("account list, keystore, lock file").hasSize(3);
            for (Path f : all) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).as(f.toString()).isEqualTo("rw-------");
            }
        }
    }

    @Test
    void noFileHoldsThePlaintextKey() throws IOException {
        byte[] raw = HexFormat.of().parseHex(KEY_A.substring(2));
        store.importPrivateKey("a", KEY_A.toCharArray(), PASSWORD);
        store.importMnemonic("m", MnemonicTest.TEST_MNEMONIC.toCharArray(), new char[0], 1, PASSWORD);

        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                byte[] bytes = Files.readAllBytes(f);
                String text = new String(bytes, StandardCharsets.ISO_8859_1);
                assertThat(text.toLowerCase()).doesNotContain(KEY_A.substring(2)).doesNotContain(KEY_B).doesNotContain("junk");
                assertThat(text).doesNotContain(new String(raw, StandardCharsets.ISO_8859_1));
            }
        }
    }

    @Test
    void newKeystoresUseTheStandardScryptParametersByDefault() throws IOException {
        WalletStore standard = new WalletStore(tmp.resolve("standard"));
        Account a = standard.importPrivateKey("a", KEY_A.toCharArray(), PASSWORD);

        JsonNode ks = Json.parse(Files.readString(standard.directory().resolve("key-" + a.address().substring(2).toLowerCase() + ".json")));
        assertThat(ks.at("/crypto/kdf").asText()).isEqualTo("scrypt");
        assertThat(ks.at("/crypto/kdfparams/n").asInt()).isEqualTo(262_144);
        assertThat(ks.at("/crypto/kdfparams/r").asInt()).isEqualTo(8);
        assertThat(ks.at("/crypto/kdfparams/p").asInt()).isEqualTo(1);
        assertThat(ks.get("version").asInt()).isEqualTo(3);
    }

    @Test
    void concurrentImportsAreAllKept() {
        CompletableFuture<Account> a = CompletableFuture.supplyAsync(() -> store.importPrivateKey("a", KEY_A.toCharArray(), PASSWORD));
        CompletableFuture<Account> b = CompletableFuture.supplyAsync(() -> store.importPrivateKey("b", KEY_B.toCharArray(), PASSWORD));
        CompletableFuture<Account> w = CompletableFuture.supplyAsync(() -> store.watch("w", "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"));
        CompletableFuture.allOf(a, b, w).join();

        assertThat(store.accounts()).extracting(Account::name).containsExactlyInAnyOrder("a", "b", "w");
    }

    @Test
    void aDamagedAccountListIsReported() throws IOException {
        store.watch("w", ADDRESS_B);
        Files.writeString(dir.resolve("accounts.json"), "{\"version\":1,\"accounts\":[{\"name\":");

        assertThatThrownBy(() -> store.accounts()).isInstanceOfSatisfying(WalletException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.CORRUPT_INDEX)).hasMessageContaining("damaged");
    }

    static Stream<Arguments> badInputs() throws IOException {
        return Stream.of(
                bad("wrong keystore password", Reason.WRONG_PASSWORD, "password does not open",
                        (s, t) -> s.importKeystore("k", keystore(t), "not the password".toCharArray())),
                bad("truncated keystore", Reason.CORRUPT_KEYSTORE, "not valid JSON",
                        (s, t) -> s.importKeystore("k", truncated(t), PASSWORD)),
                bad("keystore with an unknown kdf", Reason.UNSUPPORTED_KEYSTORE, "'argon2id'",
                        (s, t) -> s.importKeystore("k", unknownKdf(t), PASSWORD)),
                bad("missing keystore file", Reason.FILE_UNREADABLE, "Cannot read",
                        (s, t) -> s.importKeystore("k", t.resolve("absent.json"), PASSWORD)),
                bad("key of the wrong length", Reason.INVALID_KEY, "63 hexadecimal digits",
                        (s, t) -> s.importPrivateKey("k", KEY_B.substring(1).toCharArray(), PASSWORD)),
                bad("key that is not hex", Reason.INVALID_KEY, "not hexadecimal",
                        (s, t) -> s.importPrivateKey("k", ("0x" + KEY_B.substring(0, 63) + "g").toCharArray(), PASSWORD)),
                bad("zero key", Reason.INVALID_KEY, "not a valid secp256k1 key",
                        (s, t) -> s.importPrivateKey("k", "0".repeat(64).toCharArray(), PASSWORD)),
                bad("aleph key file of the wrong size", Reason.INVALID_KEY, "not an aleph key file",
                        (s, t) -> s.importAlephKey("k", file(t, "short.key", new byte[31]), PASSWORD)),
                bad("mnemonic with an unknown word", Reason.UNKNOWN_MNEMONIC_WORD, "Word 1 of the mnemonic",
                        (s, t) -> s.importMnemonic("k", MnemonicTest.TEST_MNEMONIC.replaceFirst("test", "tset").toCharArray(), null, 0, PASSWORD)),
                bad("mnemonic with a bad checksum", Reason.BAD_MNEMONIC_CHECKSUM, "checksum",
                        (s, t) -> s.importMnemonic("k", MnemonicTest.TEST_MNEMONIC.replace("junk", "test").toCharArray(), null, 0, PASSWORD)),
                bad("negative mnemonic index", Reason.INVALID_INDEX, "negative",
                        (s, t) -> s.importMnemonic("k", MnemonicTest.TEST_MNEMONIC.toCharArray(), null, -1, PASSWORD)),
                bad("address with a bad checksum", Reason.BAD_ADDRESS_CHECKSUM, "EIP-55 checksum",
                        (s, t) -> s.watch("k", "0xF39Fd6e51aad88F6F4ce6aB8827279cffFb92266")),
                bad("malformed address", Reason.INVALID_ADDRESS, "not an Ethereum address",
                        (s, t) -> s.watch("k", "0x1234")),
                bad("name that exists", Reason.NAME_EXISTS, "already exists",
                        (s, t) -> s.importPrivateKey("EXISTING", KEY_B.toCharArray(), PASSWORD)),
                bad("empty name", Reason.INVALID_NAME, "name is empty",
                        (s, t) -> s.watch("  ", ADDRESS_B)),
                bad("address already in the wallet", Reason.ADDRESS_EXISTS, "already in the wallet as account 'existing'",
                        (s, t) -> s.importMnemonic("k", MnemonicTest.TEST_MNEMONIC.toCharArray(), null, 0, PASSWORD)),
                bad("short password", Reason.WEAK_PASSWORD, "too short",
                        (s, t) -> s.importPrivateKey("k", KEY_B.toCharArray(), "short".toCharArray())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputFailsClearlyAndWritesNothing(String label, Reason reason, String phrase, BadCall call) throws IOException {
        WalletStore empty = new WalletStore(tmp.resolve("empty"), ScryptParams.LIGHT);
        if (reason != Reason.NAME_EXISTS && reason != Reason.ADDRESS_EXISTS) {
            assertThatThrownBy(() -> call.apply(empty, tmp)).isInstanceOfSatisfying(WalletException.class,
                    e -> assertThat(e.reason()).isEqualTo(reason));
            assertThat(empty.directory()).doesNotExist();
        }

        store.importPrivateKey("existing", KEY_A.toCharArray(), PASSWORD);
        Map<String, String> before = snapshot(dir);
        assertThatThrownBy(() -> call.apply(store, tmp)).isInstanceOfSatisfying(WalletException.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.getMessage()).contains(phrase).doesNotContain(KEY_B).doesNotContain(KEY_A.substring(2));
        });
        assertThat(snapshot(dir)).isEqualTo(before);
    }

    @Test
    void aKeystoreClaimingAnotherAddressIsRefused() throws IOException {
        byte[] keyA = HexFormat.of().parseHex(KEY_A.substring(2));
        var ks = V3Keystore.encryptScrypt(keyA, PASSWORD, ScryptParams.LIGHT).put("address", ADDRESS_B.substring(2).toLowerCase());

        assertThatThrownBy(() -> store.importKeystore("k", write("liar.json", Json.pretty(ks)), PASSWORD))
                .isInstanceOfSatisfying(WalletException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CORRUPT_KEYSTORE))
                .hasMessageContaining("says it holds the key of 0x7099");
        assertThat(dir).doesNotExist();
    }

    @FunctionalInterface
    interface BadCall {
        Object apply(WalletStore store, Path tmp) throws IOException;
    }

    private static Arguments bad(String label, Reason reason, String phrase, BadCall call) {
        return Arguments.of(label, reason, phrase, call);
    }

    private static Path keystore(Path tmp) throws IOException {
        return file(tmp, "ks.json", Json.pretty(V3Keystore.encryptScrypt(HexFormat.of().parseHex(KEY_B), PASSWORD, ScryptParams.LIGHT))
                .getBytes(StandardCharsets.UTF_8));
    }

    private static Path truncated(Path tmp) throws IOException {
        String full = Json.pretty(V3Keystore.encryptScrypt(HexFormat.of().parseHex(KEY_B), PASSWORD, ScryptParams.LIGHT));
        return file(tmp, "truncated.json", full.substring(0, full.length() / 2).getBytes(StandardCharsets.UTF_8));
    }

    private static Path unknownKdf(Path tmp) throws IOException {
        var ks = V3Keystore.encryptScrypt(HexFormat.of().parseHex(KEY_B), PASSWORD, ScryptParams.LIGHT);
        ((ObjectNode) ks.get("crypto")).put("kdf", "argon2id");
        return file(tmp, "argon.json", Json.pretty(ks).getBytes(StandardCharsets.UTF_8));
    }

    private static Path file(Path tmp, String name, byte[] bytes) throws IOException {
        Path inputs = Files.createDirectories(tmp.resolve("inputs"));
        return Files.write(inputs.resolve(name), bytes);
    }

    private Path write(String name, String text) throws IOException {
        return file(tmp, name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(f).toString(), sha256(Files.readAllBytes(f)));
            }
        }
        return out;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
