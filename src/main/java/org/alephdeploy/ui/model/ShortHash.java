package org.alephdeploy.ui.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Shortens hashes and addresses for display: the first and last few characters. */
public final class ShortHash {
    /** A hash or other long hex run inside a text: an item hash in a URL, a 64-character STORE hash. */
    private static final Pattern LONG_HEX = Pattern.compile("[0-9a-fA-F]{24,}");

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

    /**
     * {@code text} with every long hex run shortened in the middle, as in
     * {@code https://aleph.sh/vm/5d8911…d952d7}: the rest of the text (scheme, host, words) stays whole.
     */
    public static String inText(String text) {
        if (text == null) {
            return "";
        }
        Matcher m = LONG_HEX.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(of(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
