package org.alephdeploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.HexFormat;
import org.alephdeploy.message.Json;
import org.alephdeploy.wallet.Mnemonic;
import org.alephdeploy.wallet.ScryptParams;
import org.alephdeploy.wallet.WalletStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import java.util.regex.Pattern;
import java.util.regex.Matcher;

class WalletCommandTest {
    static final String KEY_A = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
    static final String ADDRESS_A = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
    static final String ADDRESS_B = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

    @TempDir
    Path tmp;
    Path data;
    Path passwordFile;
    String out;
    String err;

    @BeforeEach
    void setUp() throws IOException {
        WalletCommand.storeFactory = dir -> new WalletStore(dir, ScryptParams.LIGHT);
        data = tmp.resolve("data");
        passwordFile = Files.writeString(tmp.resolve("password.txt"), "correct horse battery\n");
    }

    @AfterEach
    void tearDown() {
        WalletCommand.storeFactory = WalletStore::new;
    }

    @Test
    void createPrintsTheMnemonicOnceThatBacksUpTheAccount() {
        assertThat(run("--json", "wallet", "create", "main", "--password-file", passwordFile.toString(), "--show-mnemonic")).as(() -> err).isZero();

        JsonNode result = Json.parse(out);
        String mnemonic = result.get("mnemonic").asText();
        assertThat(mnemonic.split(" ")).hasSize(12);
        assertThat(result.get("mnemonic_confirmed").asBoolean()).isFalse();
        assertThat(result.get("warning").asText()).contains("only backup");
        assertThat(result.at("/account/address").asText())
                .isEqualTo(Mnemonic.parse(mnemonic.toCharArray()).address(new char[0], 0));
        assertThat(result.at("/account/derivation_path").asText()).isEqualTo("m/44'/60'/0'/0/0");

        assertThat(run("--json", "wallet", "create", "zq7", "--password-file", passwordFile.toString())).isZero();
        JsonNode hidden = Json.parse(out);
        assertThat(hidden.has("mnemonic")).isFalse();
        assertThat(hidden.get("mnemonic_shown").asText()).isEqualTo("stderr");
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("\\d+\\. ([a-z]+)").matcher(err);
        while (m.find()) {
            words.add(m.group(1));
        }
        assertThat(words).hasSize(12);
        assertThat(Mnemonic.parse(String.join(" ", words).toCharArray()).address(new char[0], 0))
                .isEqualTo(hidden.at("/account/address").asText());
        assertThat(out).doesNotContain(String.join(" ", words));
        ((com.fasterxml.jackson.databind.node.ObjectNode) hidden).remove("warning");
        List<String> values = new ArrayList<>();
        leaves(hidden, values);
        for (String word : words) {
            assertThat(String.join(" ", values)).doesNotContainPattern("(?<![a-z])" + word + "(?![a-z])");
        }

        assertThat(run("wallet", "create", "second", "--password-file", passwordFile.toString())).isZero();
        assertThat(out).contains("Write these words down").contains(" 1. ").contains("12. ")
                .contains("backup check was skipped").contains("Created account 'second' 0x");
    }

    @Test
    void importKeyListExportRemove() throws Exception {
        Path secret = Files.writeString(tmp.resolve("key.txt"), KEY_A + "\n");

        assertThat(run("wallet", "import-key", "main", "--secret-file", secret.toString(), "--password-file", passwordFile.toString()))
                .as(err).isZero();
        assertThat(out).contains("Imported account 'main' " + ADDRESS_A);
        assertThat(run("wallet", "watch", "cold", ADDRESS_B)).isZero();

        assertThat(run("--json", "wallet", "list")).isZero();
        JsonNode list = Json.parse(out);
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("name").asText()).isEqualTo("main");
        assertThat(list.get(0).get("address").asText()).isEqualTo(ADDRESS_A);
        assertThat(list.get(0).get("kind").asText()).isEqualTo("key");
        assertThat(list.get(0).get("created").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(list.get(1).get("kind").asText()).isEqualTo("watch-only");

        assertThat(run("wallet", "list")).isZero();
        assertThat(out).contains("NAME", "ADDRESS", "KIND", "CREATED").contains("main").contains("watch-only");

        Path exported = tmp.resolve("main.json");
        assertThat(run("wallet", "export", "main", exported.toString())).isZero();
        WalletStore reader = new WalletStore(tmp.resolve("reader"), ScryptParams.LIGHT);
        assertThat(reader.importKeystore("back", exported, "correct horse battery".toCharArray()).address()).isEqualTo(ADDRESS_A);
        assertThat(Files.readString(exported)).doesNotContain(KEY_A.substring(2));

        assertThat(run("wallet", "remove", "main")).isEqualTo(ExitCodes.USAGE);
        assertThat(err).contains("--yes");
        assertThat(run("wallet", "remove", "main", "--yes")).isZero();
        assertThat(run("--json", "wallet", "list")).isZero();
        assertThat(Json.parse(out)).hasSize(1);
        assertThat(data.resolve("data/wallets").toFile().list()).containsExactlyInAnyOrder("accounts.json", "wallet.lock");
    }

    @Test
    void importMnemonicAtAChosenIndex() throws IOException {
        Path secret = Files.writeString(tmp.resolve("words.txt"), "test test test test test test test test test test test junk\n");

        assertThat(run("--json", "wallet", "import-mnemonic", "second", "--index", "1",
                "--secret-file", secret.toString(), "--password-file", passwordFile.toString())).as(err).isZero();

        JsonNode account = Json.parse(out);
        assertThat(account.get("address").asText()).isEqualTo(ADDRESS_B);
        assertThat(account.get("derivation_path").asText()).isEqualTo("m/44'/60'/0'/0/1");
    }

    @Test
    void importMnemonicNamesAnUnknownWord() throws IOException {
        Path secret = Files.writeString(tmp.resolve("words.txt"), "test test test test test test test test test test test junc\n");

        assertThat(run("wallet", "import-mnemonic", "m", "--secret-file", secret.toString(), "--password-file", passwordFile.toString()))
                .isEqualTo(ExitCodes.FAILED);
        assertThat(err).contains("Word 12").doesNotContain("junc");
        assertThat(data.resolve("data/wallets")).doesNotExist();
    }

    @Test
    void importKeystoreAndAlephKey() throws Exception {
        WalletStore other = new WalletStore(tmp.resolve("other"), ScryptParams.LIGHT);
        other.importPrivateKey("x", "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d".toCharArray(),
                "correct horse battery".toCharArray());
        Path keystore = tmp.resolve("other-export.json");
        other.exportKeystore("x", keystore);
        Path alephKey = Files.write(tmp.resolve("ethereum.key"), HexFormat.of().parseHex(KEY_A.substring(2)));

        assertThat(run("wallet", "import-keystore", "ks", keystore.toString(), "--password-file", passwordFile.toString())).as(err).isZero();
        assertThat(out).contains(ADDRESS_B);
        assertThat(run("wallet", "import-aleph-key", "aleph", alephKey.toString(), "--password-file", passwordFile.toString())).as(err).isZero();
        assertThat(out).contains(ADDRESS_A);
    }

    @Test
    void watchWithABadChecksumFailsClearly() {
        assertThat(run("wallet", "watch", "cold", "0x70997970c51812dc3A010C7d01b50e0d17dc79C8")).isEqualTo(ExitCodes.FAILED);

        assertThat(err).contains("wrong EIP-55 checksum").contains("Copy the address again");
        assertThat(out).isEmpty();
        assertThat(data.resolve("data/wallets")).doesNotExist();
    }

    @Test
    void renameAndNameClashes() throws IOException {
        assertThat(run("wallet", "watch", "a", ADDRESS_A)).isZero();
        assertThat(run("wallet", "watch", "b", ADDRESS_B)).isZero();

        assertThat(run("wallet", "rename", "a", "B")).isEqualTo(ExitCodes.FAILED);
        assertThat(err).contains("An account named 'b' already exists");
        assertThat(run("wallet", "rename", "a", "cold")).isZero();
        assertThat(run("--json", "wallet", "list")).isZero();
        assertThat(Json.parse(out).get(0).get("name").asText()).isEqualTo("cold");

        Path secret = Files.writeString(tmp.resolve("key.txt"), KEY_A);
        assertThat(run("wallet", "import-key", "cold", "--secret-file", secret.toString(), "--password-file", passwordFile.toString()))
                .isEqualTo(ExitCodes.FAILED);
        assertThat(err).contains("already exists");
    }

    @Test
    void aShortPasswordIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path shortPassword = Files.writeString(tmp.resolve("short.txt"), "abc\n");

        assertThat(run("wallet", "create", "main", "--password-file", shortPassword.toString())).isEqualTo(ExitCodes.FAILED);
        assertThat(err).contains("too short");
        assertThat(out).doesNotContain("Write these words down");
        assertThat(data.resolve("data/wallets")).doesNotExist();
    }

    @Test
    void withoutATerminalOrFileASecretIsAUsageError() {
        assertThat(run("wallet", "import-key", "main", "--password-file", passwordFile.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(err).contains("No private key was given").contains("--secret-file");
    }

    @Test
    void helpListsEverySubcommand() {
        assertThat(run("wallet", "--help")).isZero();
        assertThat(out).contains("list", "create", "import-key", "import-mnemonic", "import-keystore", "import-aleph-key",
                "watch", "export", "rename", "remove", "ALEPH_DEPLOY_PASSWORD");
    }

    private static void leaves(JsonNode node, List<String> into) {
        if (node.isContainerNode()) {
            node.forEach(child -> leaves(child, into));
        } else {
            into.add(node.asText());
        }
    }

    private int run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        CommandLine cl = Cli.commandLine();
        cl.setOut(new PrintWriter(o, true));
        cl.setErr(new PrintWriter(e, true));
        int code = cl.execute(all);
        out = o.toString();
        err = e.toString();
        return code;
    }
}
