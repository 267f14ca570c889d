package org.alephdeploy.ui.wallet;

/** Compares two secrets typed into fields without making strings of them. */
final class CharSequenceEquality {
    private CharSequenceEquality() {
    }

    static boolean equal(CharSequence a, CharSequence b) {
        if (a.length() != b.length()) {
            return false;
        }
        int diff = 0;
        for (int i = 0; i < a.length(); i++) {
            diff |= a.charAt(i) ^ b.charAt(i);
        }
        return diff == 0;
    }
}
