package org.alephdeploy.deploy;

/** A public test key was asked to sign for a node that is not a sandbox; nothing was signed. */
public final class PublicKeyRefusedException extends RuntimeException {
    public PublicKeyRefusedException(String message) {
        super(message);
    }
}
