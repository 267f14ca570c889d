package org.alephdeploy.deploy.plan;

import java.util.Objects;
import org.alephdeploy.deploy.pack.ArchiveListing;

/**
 * What the service layer measured about a local file or folder before planning: where it is, the
 * SHA-256 of the bytes that will be uploaded (the zip made of a folder), their size, their
 * detected encoding, whether the user gave a folder, and the files the archive holds
 * ({@code listing}; null when unknown, e.g. for a squashfs image given as it is).
 */
public record LocalArtifact(String path, String sha256, long size, ArtifactEncoding encoding, boolean wasFolder,
        ArchiveListing listing) {
    public LocalArtifact {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(encoding, "encoding");
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
    }

    public LocalArtifact(String path, String sha256, long size, ArtifactEncoding encoding, boolean wasFolder) {
        this(path, sha256, size, encoding, wasFolder, null);
    }
}
