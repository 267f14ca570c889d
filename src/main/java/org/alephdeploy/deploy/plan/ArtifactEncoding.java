package org.alephdeploy.deploy.plan;

import java.util.Locale;

/** The packaging of a local file as the service layer detected it; matches {@code code.encoding}. */
public enum ArtifactEncoding {
    ZIP, SQUASHFS, PLAIN;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ArtifactEncoding fromWire(String value) {
        for (ArtifactEncoding e : values()) {
            if (e.wire().equals(value)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown encoding '" + value + "' (expected zip, squashfs or plain)");
    }
}
