package org.alephdeploy.message;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;

/** Ethereum addresses: shape and EIP-55 checksums. */
public final class Addresses {
    /** Lowercase hex body → checksummed form: a listing checks thousands of messages from a few senders. */
    private static final Map<String, String> CHECKSUMMED = new ConcurrentHashMap<>();
    private static final int MEMO_LIMIT = 4_096;

    private Addresses() {
    }

    /** {@code 0x} and 40 hex digits; by a loop, not a regular expression: a listing asks for each message it recovers. */
    public static boolean hasShape(String address) {
        if (address == null || address.length() != 42 || !address.startsWith("0x")) {
            return false;
        }
        for (int i = 2; i < 42; i++) {
            char c = address.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }

    /** The EIP-55 checksummed form of an address of the right shape. */
    public static String checksum(String address) {
        if (!hasShape(address)) {
            throw new IllegalArgumentException("not an Ethereum address: expected 0x and 40 hex digits");
        }
        String lower = address.substring(2).toLowerCase(Locale.ROOT);
        String known = CHECKSUMMED.get(lower);
        if (known != null) {
            return known;
        }
        String checksummed = computeChecksum(lower);
        if (CHECKSUMMED.size() >= MEMO_LIMIT) {
            CHECKSUMMED.clear();
        }
        CHECKSUMMED.put(lower, checksummed);
        return checksummed;
    }

    private static String computeChecksum(String lower) {
        byte[] hash = Keccak256.hash(lower.getBytes(StandardCharsets.US_ASCII));
        String hashHex = HexFormat.of().formatHex(hash);
        StringBuilder out = new StringBuilder("0x");
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean upper = Character.digit(hashHex.charAt(i), 16) >= 8;
            out.append(upper ? Character.toUpperCase(c) : c);
        }
        return out.toString();
    }

    /**
     * True when the address is all lowercase, all uppercase (no checksum claimed) or correctly
     * checksummed; false for a mixed-case address whose checksum is wrong.
     */
    public static boolean checksumValid(String address) {
        if (!hasShape(address)) {
            return false;
        }
        String body = address.substring(2);
        if (body.equals(body.toLowerCase(Locale.ROOT)) || body.equals(body.toUpperCase(Locale.ROOT))) {
            return true;
        }
        return checksum(address).equals(address);
    }

    /** Case-insensitive equality, as the node compares a signer with a sender. */
    public static boolean sameAddress(String a, String b) {
        return a != null && b != null && a.equalsIgnoreCase(b);
    }
}
