package org.alephdeploy.deploy;

/**
 * A reviewed plan no longer matches what would be signed (another network, owner or signer, or
 * contents that changed since the review); nothing was signed.
 */
public final class PlanOutOfDateException extends RuntimeException {
    public PlanOutOfDateException(String message) {
        super(message);
    }
}
