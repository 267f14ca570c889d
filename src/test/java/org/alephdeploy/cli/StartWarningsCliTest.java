package org.alephdeploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.alephdeploy.platform.OwnerOnlyFiles;
import org.alephdeploy.wallet.ScryptParams;
import org.alephdeploy.wallet.WalletStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Warnings on standard error before a command runs: secret files others can read, a node over plain http:// on the network. */
class StartWarningsCliTest {
    private static final String KEY1 = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";

    @TempDir
    Path dir;

    @BeforeEach
    void lightScrypt() {
        WalletCommand.storeFactory = d -> new WalletStore(d, ScryptParams.LIGHT);
    }

    @AfterEach
    void standardScrypt() {
        WalletCommand.storeFactory = WalletStore::new;
    }

    @Test
    void secretFilesReadableByOthersDrawAWarningAndPrivateOnesDoNot() throws Exception {
        Assumptions.assumeTrue(OwnerOnlyFiles.isPosix(), "POSIX permissions (the ACL case runs on Windows)");
        Path secret = Files.writeString(dir.resolve("key.txt"), KEY1);
        Path password = Files.writeString(dir.resolve("password.txt"), "correct horse battery staple");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-r-----"));

        CliRun open = CliRun.run("--data-dir", dir.resolve("data").toString(), "wallet", "import-key", "shared",
                "--secret-file", secret.toString(), "--password-file", password.toString());
        assertThat(open.code()).as(open.toString()).isZero();
        assertThat(open.err()).contains("Warning: " + secret + " (--secret-file) can be read by other users")
                .contains("Warning: " + password + " (--password-file) can be read by other users").contains("chmod 600");

        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
        Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("r--------"));
        CliRun closed = CliRun.run("--data-dir", dir.resolve("data").toString(), "wallet", "import-key", "private",
                "--secret-file", secret.toString(), "--password-file", password.toString());
        assertThat(closed.err()).doesNotContain("Warning");
    }

    @Test
    void aPlainHttpNodeOnTheNetworkDrawsAWarningAndTheLoopbackDoesNot() {
        CliRun remote = CliRun.run("--data-dir", dir.toString(), "--node", "http://192.0.2.10:4024", "journal", "list");
        assertThat(remote.code()).as(remote.toString()).isZero();
        assertThat(remote.err()).contains("anyone on the path can change what the app shows and signs")
                .contains("http://192.0.2.10:4024");
        assertThat(remote.out()).contains("The journal is empty.");

        CliRun local = CliRun.run("--data-dir", dir.toString(), "--node", "http://127.0.0.1:4024", "journal", "list");
        assertThat(local.err()).doesNotContain("Warning");
        CliRun https = CliRun.run("--data-dir", dir.toString(), "--node", "https://node.example.org", "journal", "list");
        assertThat(https.err()).doesNotContain("Warning");
    }
}
