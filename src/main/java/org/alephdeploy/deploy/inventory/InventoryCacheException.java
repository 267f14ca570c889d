package org.alephdeploy.deploy.inventory;

/** A cached inventory cannot be read back as written; the remedy is a fresh fetch from the node. */
public final class InventoryCacheException extends RuntimeException {
    public InventoryCacheException(String message) {
        super(message);
    }

    public InventoryCacheException(String message, Throwable cause) {
        super(message, cause);
    }
}
