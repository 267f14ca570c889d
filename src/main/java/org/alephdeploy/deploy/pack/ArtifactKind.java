package org.alephdeploy.deploy.pack;

/** What a file is by its first bytes, as far as a compute node cares: a squashfs image, a zip, or anything else. */
public enum ArtifactKind {
    SQUASHFS, ZIP, OTHER;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ArtifactKind fromWire(String value) {
        for (ArtifactKind k : values()) {
            if (k.wire().equals(value)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown file kind '" + value + "' (expected squashfs, zip or other)");
    }
}
