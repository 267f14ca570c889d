package org.alephdeploy.sandbox.store;

/** The sandbox store could not read or write its database or files. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
