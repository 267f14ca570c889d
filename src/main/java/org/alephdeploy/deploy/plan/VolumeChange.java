package org.alephdeploy.deploy.plan;

import java.util.Objects;

/**
 * A change to a program's volume layout: add an immutable volume, or remove the volume mounted at
 * {@code mount}.
 */
public record VolumeChange(boolean remove, String mount, String ref, boolean useLatest, String comment) {
    public VolumeChange {
        Objects.requireNonNull(mount, "mount");
        if (!remove && ref == null) {
            throw new IllegalArgumentException("an added volume needs the hash of its root STORE");
        }
    }

    public static VolumeChange add(String mount, String rootHash, boolean useLatest) {
        return new VolumeChange(false, mount, rootHash, useLatest, null);
    }

    public static VolumeChange remove(String mount) {
        return new VolumeChange(true, mount, null, false, null);
    }
}
