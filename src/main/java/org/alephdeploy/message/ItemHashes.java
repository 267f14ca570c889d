package org.alephdeploy.message;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/** Item hashes: computing them and telling their shape (docs/PROTOCOL.md P-1.2, P-1.4). */
public final class ItemHashes {
    private static final Pattern CID_V0 = Pattern.compile("Qm[1-9A-HJ-NP-Za-km-z]{42,44}");
    private static final Pattern CID_V1 = Pattern.compile("bafy[a-z2-7]{55}");
    private static final ThreadLocal<MessageDigest> THREAD_SHA256 = ThreadLocal.withInitial(ItemHashes::sha256);

    private ItemHashes() {
    }

    /** Lowercase hex SHA-256 of the UTF-8 bytes of {@code itemContent}: the inline item hash. */
    public static String ofContent(String itemContent) {
        return sha256Hex(itemContent.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256Of(bytes));
    }

    /**
     * The SHA-256 of {@code bytes} by this thread's digest: a listing's checks hash every message
     * (twice with the signature memo), and a fresh digest per hash was a provider look-up and
     * a digest's state and buffers each time.
     */
    public static byte[] sha256Of(byte[] bytes) {
        return THREAD_SHA256.get().digest(bytes);
    }

    /** A fresh SHA-256 digest, for streaming hashes of files. */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /**
     * The item type a hash's shape implies, with the node's lenient envelope rule: {@code Qm} and
     * 44..46 characters or {@code bafy} and 59 characters is IPFS, 64 characters is storage.
     */
    public static Optional<ItemType> lenientShape(String hash) {
        if (hash == null) {
            return Optional.empty();
        }
        if (hash.startsWith("Qm") && hash.length() >= 44 && hash.length() <= 46) {
            return Optional.of(ItemType.IPFS);
        }
        if (hash.startsWith("bafy") && hash.length() == 59) {
            return Optional.of(ItemType.IPFS);
        }
        if (hash.length() == 64) {
            return Optional.of(ItemType.STORAGE);
        }
        return Optional.empty();
    }

    /** The strict shape used for content-level hashes: lowercase hex, base58 CIDv0, base32 CIDv1. */
    public static Optional<ItemType> strictShape(String hash) {
        if (hash == null) {
            return Optional.empty();
        }
        if (isSha256Hex(hash)) {
            return Optional.of(ItemType.STORAGE);
        }
        if (CID_V0.matcher(hash).matches() || CID_V1.matcher(hash).matches()) {
            return Optional.of(ItemType.IPFS);
        }
        return Optional.empty();
    }

    /**
     * True for an IPFS CID in the strict shape (base58 CIDv0 {@code Qm…} or base32 CIDv1
     * {@code bafy…}): the one CID check of the client, the planner and the UI.
     */
    public static boolean isCid(String hash) {
        return strictShape(hash).orElse(null) == ItemType.IPFS;
    }

    public static boolean isItemHash(String hash) {
        return strictShape(hash).isPresent();
    }

    /** True for a 64-character lowercase hex string (a message hash or a storage file hash). */
    public static boolean isSha256Hex(String hash) {
        // a loop, not a regular expression: the inventory asks this of every STORE's ref several times
        if (hash == null || hash.length() != 64) {
            return false;
        }
        for (int i = 0; i < 64; i++) {
            char c = hash.charAt(i);
            if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
                return false;
            }
        }
        return true;
    }
}
