package org.alephdeploy.deploy.plan;

import java.util.Objects;
import org.alephdeploy.message.Reference;

/**
 * A change to one existing reference of a program: code, runtime, data, or the immutable volume
 * whose current {@code ref} is {@code currentRef}. {@code newRef} null keeps the STORE;
 * {@code useLatest} null keeps the follow/pin choice.
 */
public record ReferenceChange(Reference.Role role, String currentRef, String newRef, Boolean useLatest) {
    public ReferenceChange {
        Objects.requireNonNull(role, "role");
        if (role == Reference.Role.PARENT) {
            throw new IllegalArgumentException("persistent-volume parents are changed through the volume layout");
        }
        if (role == Reference.Role.VOLUME && currentRef == null) {
            throw new IllegalArgumentException("a volume reference change names the volume's current ref");
        }
    }

    /** Make the reference follow the latest revision of {@code rootHash}. */
    public static ReferenceChange followLatest(Reference.Role role, String currentRef, String rootHash) {
        return new ReferenceChange(role, currentRef, rootHash, true);
    }
}
