package org.alephdeploy.deploy.run;

/**
 * Another runner (a window, a command, in this process or another) holds the operation, or runs
 * another operation on the same target, right now; nothing was started, journaled or signed.
 */
public final class OperationBusyException extends IllegalStateException {
    OperationBusyException(String message) {
        super(message);
    }
}
