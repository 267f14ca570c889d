package org.alephdeploy.service.wallet;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.alephdeploy.message.Addresses;
import org.alephdeploy.wallet.WalletStore;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;

/**
 * The aleph command line key files found on this computer, each with the address it holds, so
 * the wallet dialog can say whose key it is before importing it. Blocking (disk, key derivation).
 */
public final class AlephKeyPreview {
    private static final int MAX_FILE_BYTES = 200;

    /** A key file and its address; {@code address} is null when the file holds no usable key. */
    public record Found(Path file, String address) {
    }

    private AlephKeyPreview() {
    }

    /** The key files under {@code home}'s {@code .aleph-im/private-keys/}, default key first. */
    public static List<Found> scan(Path home) {
        return WalletStore.findAlephKeyFiles(home).stream().map(f -> new Found(f, addressOf(f))).toList();
    }

    /** The address of the key in {@code file} (32 raw bytes, or 64 hex digits), or null. */
    static String addressOf(Path file) {
        byte[] raw = null;
        byte[] key = null;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                return null;
            }
            raw = Files.readAllBytes(file);
            key = raw.length == 32 ? raw.clone() : hexKey(raw);
            if (key == null) {
                return null;
            }
            BigInteger k = new BigInteger(1, key);
            if (k.signum() == 0) {
                return null;
            }
            return Addresses.checksum("0x" + Keys.getAddress(ECKeyPair.create(k)));
        } catch (IOException | RuntimeException e) {
            return null;
        } finally {
            if (raw != null) {
                Arrays.fill(raw, (byte) 0);
            }
            if (key != null) {
                Arrays.fill(key, (byte) 0);
            }
        }
    }

    private static byte[] hexKey(byte[] raw) {
        int start = 0;
        int end = raw.length;
        while (end > start && Character.isWhitespace(raw[end - 1])) {
            end--;
        }
        if (end - start >= 2 && raw[start] == '0' && (raw[start + 1] == 'x' || raw[start + 1] == 'X')) {
            start += 2;
        }
        if (end - start != 64) {
            return null;
        }
        byte[] key = new byte[32];
        for (int i = 0; i < 32; i++) {
            int hi = Character.digit(raw[start + 2 * i], 16);
            int lo = Character.digit(raw[start + 2 * i + 1], 16);
            if (hi < 0 || lo < 0) {
                Arrays.fill(key, (byte) 0);
                return null;
            }
            key[i] = (byte) (hi << 4 | lo);
        }
        return key;
    }

}
