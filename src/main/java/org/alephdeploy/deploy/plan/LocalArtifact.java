package org.alephdeploy.deploy.plan;

import java.util.List;
import java.util.Objects;
import org.alephdeploy.deploy.pack.ArchiveListing;

/**
 * What the service layer measured about a local file or folder before planning: where it is, the
 * SHA-256 of the bytes that will be uploaded (the archive made of a folder), their size, their
 * encoding, whether the user gave a folder, for a folder the paths its ignore rules left out (a
 * left-out folder ends with "/"), and the files the archive holds ({@code listing}; null when
 * unknown, e.g. for a squashfs image given as it is).
 */
public record LocalArtifact(String path, String sha256, long size, ArtifactEncoding encoding, boolean wasFolder,
        List<String> leftOut, ArchiveListing listing) {
    public LocalArtifact {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(encoding, "encoding");
        leftOut = leftOut == null ? List.of() : List.copyOf(leftOut);
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
    }

    /** An artifact whose files are not known. */
    public LocalArtifact(String path, String sha256, long size, ArtifactEncoding encoding, boolean wasFolder,
            List<String> leftOut) {
        this(path, sha256, size, encoding, wasFolder, leftOut, null);
    }

    /** An artifact from which nothing was left out (a file given as it is). */
    public LocalArtifact(String path, String sha256, long size, ArtifactEncoding encoding, boolean wasFolder) {
        this(path, sha256, size, encoding, wasFolder, List.of(), null);
    }
}
