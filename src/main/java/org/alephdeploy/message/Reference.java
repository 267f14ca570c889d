package org.alephdeploy.message;

/**
 * A reference from a program to a STORE message: {@code useLatest} follows the newest revision of
 * that STORE (a file tag); otherwise the reference is pinned to that exact message.
 */
public record Reference(Role role, String ref, boolean useLatest, String mount, String label) {
    /** What the referenced STORE is to the program. */
    public enum Role { CODE, RUNTIME, DATA, VOLUME, PARENT }

    public boolean pinned() {
        return !useLatest;
    }
}
