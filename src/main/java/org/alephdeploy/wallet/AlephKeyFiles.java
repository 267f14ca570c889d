package org.alephdeploy.wallet;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.alephdeploy.wallet.WalletException.Reason;

/**
 * Key files of the aleph command line tool: {@code ~/.aleph-im/private-keys/*.key}, each the raw
 * 32 bytes of a private key ({@code ethereum.key} is its default EVM key). Files whose name starts
 * with {@code sol} hold Solana keys and are skipped. A file holding the key as 64 hex digits is
 * accepted too, since some users write it by hand.
 */
public final class AlephKeyFiles {
    private AlephKeyFiles() {
    }

    public static Path directory(Path home) {
        return home.resolve(".aleph-im").resolve("private-keys");
    }

    /** The candidate key files under {@code home}, {@code ethereum.key} first; empty if none. */
    public static List<Path> find(Path home) {
        Path dir = directory(home);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.key")) {
            for (Path f : files) {
                String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                if (Files.isRegularFile(f) && !name.startsWith("sol")) {
                    found.add(f);
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        found.sort(Comparator.comparing((Path p) -> !p.getFileName().toString().equals("ethereum.key"))
                .thenComparing(p -> p.getFileName().toString()));
        return List.copyOf(found);
    }

    /** Reads the 32-byte key; the caller wipes it. */
    static byte[] read(Path file) {
        byte[] raw;
        try {
            if (Files.size(file) > 200) {
                throw notAKey(file, "it holds " + Files.size(file) + " bytes");
            }
            raw = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new WalletException(Reason.FILE_UNREADABLE, "Cannot read the key file " + file + " ("
                    + e.getClass().getSimpleName() + "). Check that it exists and that you may read it.");
        }
        try {
            if (raw.length == 32) {
                byte[] key = raw.clone();
                PrivateKeys.checkRange(key, "The key in " + file);
                return key;
            }
            char[] text = new char[raw.length];
            for (int i = 0; i < raw.length; i++) {
                text[i] = (char) (raw[i] & 0xff);
            }
            try {
                return PrivateKeys.parseHex(text);
            } catch (WalletException e) {
                throw notAKey(file, "it holds " + raw.length + " bytes");
            } finally {
                Arrays.fill(text, '\0');
            }
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    private static WalletException notAKey(Path file, String why) {
        return new WalletException(Reason.INVALID_KEY, "The file " + file + " is not an aleph key file: " + why
                + ", while an aleph key file holds the 32 raw bytes of a private key. Choose the right file (usually ~/.aleph-im/private-keys/ethereum.key).");
    }
}
