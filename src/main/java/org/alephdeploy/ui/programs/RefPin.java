package org.alephdeploy.ui.programs;

import java.util.Objects;

/**
 * One STORE a program references and whether it follows that STORE's newest revision
 * ({@code use_latest: true}) or is pinned to that exact message.
 *
 * @param role  what the reference is for: code, runtime, data, or a volume's mount point
 * @param ref   the referenced STORE's item hash
 * @param words what this part can still get and how (the inventory's words), or null
 */
public record RefPin(String role, String ref, boolean followsLatest, String words) {
    public RefPin {
        Objects.requireNonNull(role);
        Objects.requireNonNull(ref);
    }

    public RefPin(String role, String ref, boolean followsLatest) {
        this(role, ref, followsLatest, null);
    }

    public boolean pinned() {
        return !followsLatest;
    }
}
