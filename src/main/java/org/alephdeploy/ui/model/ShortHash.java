package org.alephdeploy.ui.model;

/** Shortens hashes and addresses for display: the first and last few characters. */
public final class ShortHash {
    private ShortHash() {
    }

    public static String of(String hash) {
        return of(hash, 6, 4);
    }

    public static String of(String hash, int head, int tail) {
        if (hash == null) {
            return "";
        }
        if (hash.length() <= head + tail + 1) {
            return hash;
        }
        return hash.substring(0, head) + "…" + hash.substring(hash.length() - tail);
    }

    /** An address as {@code 0x1234…abcd}. */
    public static String address(String address) {
        return of(address, 6, 4);
    }
}
