package org.alephdeploy.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.alephdeploy.message.Json;
import java.nio.file.attribute.PosixFilePermissions;
import org.alephdeploy.platform.AppDirs;
import org.alephdeploy.platform.OwnerOnlyFiles;
import org.alephdeploy.wallet.ScryptParams;
import org.alephdeploy.wallet.WalletStore;
import picocli.CommandLine;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Runs the command line in this process with captured output; {@code stdin} feeds confirmations. */
record CliRun(int code, String out, String err) {
    static final String KEY0 = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

    static synchronized CliRun withInput(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Cli.commandLine(args);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(stdin == null ? new byte[0] : stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return new CliRun(cl.execute(args), out.toString(), err.toString());
        } finally {
            System.setIn(before);
        }
    }

    static CliRun run(String... args) {
        return withInput(null, args);
    }

    /** The common arguments: data dir and node, then the command. */
    static String[] args(Path data, String node, String... rest) {
        List<String> all = new ArrayList<>(List.of("--data-dir", data.toString(), "--node", node));
        all.addAll(List.of(rest));
        return all.toArray(String[]::new);
    }

    static final String WALLET = "main";

    /**
     * Imports the public test key #0 as wallet account {@value #WALLET} under the data dir (light
     * scrypt) and returns the signing options: {@code --wallet main --password-file FILE}.
     */
    static List<String> wallet(Path data) {
        try {
            Path pw = data.resolve("password.txt");
            Files.createDirectories(data);
            Files.writeString(pw, "correct horse battery staple");
            if (OwnerOnlyFiles.isPosix()) {
                // a password file others may read draws a warning on standard error
                Files.setPosixFilePermissions(pw, PosixFilePermissions.fromString("rw-------"));
            }
            WalletStore store = new WalletStore(AppDirs.under(data).wallets(), ScryptParams.LIGHT);
            if (store.find(WALLET).isEmpty()) {
                store.importPrivateKey(WALLET, KEY0.toCharArray(), "correct horse battery staple".toCharArray());
            }
            return List.of("--wallet", WALLET, "--password-file", pw.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode json() {
        return Json.parse(out);
    }

    @Override
    public String toString() {
        return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
    }
}
