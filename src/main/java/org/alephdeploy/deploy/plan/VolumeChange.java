package org.alephdeploy.deploy.plan;

import java.util.Objects;

/**
 * A change to a program's volume layout (P-3.3): add an immutable, ephemeral or persistent volume,
 * remove the volume mounted at {@code mount}, or resize the ephemeral or persistent volume mounted
 * there (the volume's other fields are kept as they are).
 *
 * @param ref         the root STORE of an added immutable volume, else null
 * @param sizeMib     the size of an added or resized ephemeral or persistent volume, else null
 * @param name        an added persistent volume's name, else null
 * @param persistence an added persistent volume's persistence ({@code host}, {@code store}), else null
 */
public record VolumeChange(Op op, Kind kind, String mount, String ref, boolean useLatest, String comment, Integer sizeMib,
        String name, String persistence) {

    /** What happens at {@code mount}. */
    public enum Op { ADD, REMOVE, RESIZE }

    /** Which kind of volume is added (null for a removal or a resize, which act on what is there). */
    public enum Kind { IMMUTABLE, EPHEMERAL, PERSISTENT }

    public VolumeChange {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(mount, "mount");
        if (op == Op.ADD && kind == null) {
            throw new IllegalArgumentException("an added volume needs its kind");
        }
        if (op == Op.ADD && kind == Kind.IMMUTABLE && ref == null) {
            throw new IllegalArgumentException("an added volume needs the hash of its root STORE");
        }
        if ((op == Op.RESIZE || op == Op.ADD && kind != Kind.IMMUTABLE) && sizeMib == null) {
            throw new IllegalArgumentException("an ephemeral or persistent volume needs its size");
        }
    }

    public static VolumeChange add(String mount, String rootHash, boolean useLatest) {
        return new VolumeChange(Op.ADD, Kind.IMMUTABLE, mount, rootHash, useLatest, null, null, null, null);
    }

    public static VolumeChange addEphemeral(String mount, int sizeMib) {
        return new VolumeChange(Op.ADD, Kind.EPHEMERAL, mount, null, false, null, sizeMib, null, null);
    }

    public static VolumeChange addPersistent(String mount, String name, int sizeMib, String persistence) {
        return new VolumeChange(Op.ADD, Kind.PERSISTENT, mount, null, false, null, sizeMib, name, persistence);
    }

    public static VolumeChange remove(String mount) {
        return new VolumeChange(Op.REMOVE, null, mount, null, false, null, null, null, null);
    }

    /** The ephemeral or persistent volume at {@code mount} gets {@code sizeMib}; its other fields stay. */
    public static VolumeChange resize(String mount, int sizeMib) {
        return new VolumeChange(Op.RESIZE, null, mount, null, false, null, sizeMib, null, null);
    }

    public boolean remove() {
        return op == Op.REMOVE;
    }
}
