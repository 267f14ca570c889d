package org.alephdeploy.deploy.inventory;

import org.alephdeploy.message.Reference;

/** What one referenced part of a program can still get, by which path, in words. */
public record PartMutability(
        Reference.Role role,
        String label,
        String ref,
        boolean followsLatest,
        boolean pinnedToRevision,
        UpdatePath path,
        String words) {
}
