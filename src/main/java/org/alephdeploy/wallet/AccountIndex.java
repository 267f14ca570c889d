package org.alephdeploy.wallet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.MessageFormatException;
import org.alephdeploy.platform.OwnerOnlyFiles;
import org.alephdeploy.wallet.WalletException.Reason;

/** The wallet's {@code accounts.json}: every account's name, address, kind, origin, creation time, path and keystore file. */
final class AccountIndex {
    static final String FILE = "accounts.json";

    /** An account and the name of its keystore file in the wallet directory (null when watch-only). */
    record Entry(Account account, String keystoreFile) {
    }

    private AccountIndex() {
    }

    static List<Entry> read(Path dir) {
        Path file = dir.resolve(FILE);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new WalletException(Reason.STORAGE, "Cannot read the wallet's account list " + file + " ("
                    + e.getClass().getSimpleName() + "). Check the file's permissions.", e);
        }
        try {
            JsonNode root = Json.parse(text);
            List<Entry> out = new ArrayList<>();
            for (JsonNode a : root.path("accounts")) {
                Account account = new Account(a.get("name").asText(), a.get("address").asText(), kind(a.get("kind").asText()),
                        origin(a.get("origin").asText()), Instant.parse(a.get("created").asText()),
                        a.hasNonNull("derivation_path") ? a.get("derivation_path").asText() : null);
                out.add(new Entry(account, a.hasNonNull("keystore") ? a.get("keystore").asText() : null));
            }
            return out;
        } catch (MessageFormatException | NullPointerException | IllegalArgumentException | DateTimeParseException e) {
            throw new WalletException(Reason.CORRUPT_INDEX, "The wallet's account list " + file
                    + " is damaged, so the accounts cannot be listed. The keystore files beside it are intact;"
                    + " restore the list from a backup, or move it away and import the keystore files again.", e);
        }
    }

    static void write(Path dir, List<Entry> entries) throws IOException {
        ObjectNode root = Json.object().put("version", 1);
        ArrayNode list = root.putArray("accounts");
        for (Entry e : entries) {
            Account a = e.account();
            ObjectNode o = list.addObject();
            o.put("name", a.name()).put("address", a.address()).put("kind", a.kind().label())
                    .put("origin", a.origin().label()).put("created", a.created().toString());
            if (a.derivationPath() != null) {
                o.put("derivation_path", a.derivationPath());
            }
            if (e.keystoreFile() != null) {
                o.put("keystore", e.keystoreFile());
            }
        }
        OwnerOnlyFiles.writeAtomically(dir.resolve(FILE), (Json.pretty(root) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static Account.Kind kind(String label) {
        for (Account.Kind k : Account.Kind.values()) {
            if (k.label().equals(label)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown kind");
    }

    private static Account.Origin origin(String label) {
        for (Account.Origin o : Account.Origin.values()) {
            if (o.label().equals(label)) {
                return o;
            }
        }
        throw new IllegalArgumentException("unknown origin");
    }
}
