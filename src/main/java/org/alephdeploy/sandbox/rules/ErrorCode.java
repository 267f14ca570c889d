package org.alephdeploy.sandbox.rules;

/**
 * The reference node's processing error codes (docs/PROTOCOL.md P-4.2) and whether each is retried.
 * The sandbox's own copy on purpose, independent of the client's message.NodeErrorCode.
 */
public enum ErrorCode {
    INTERNAL_ERROR(-1, true),
    INVALID_FORMAT(0, false),
    INVALID_SIGNATURE(1, false),
    PERMISSION_DENIED(2, false),
    CONTENT_UNAVAILABLE(3, true),
    FILE_UNAVAILABLE(4, true),
    BALANCE_INSUFFICIENT(5, false),
    CREDIT_INSUFFICIENT(6, false),
    POST_AMEND_NO_TARGET(100, false),
    POST_AMEND_TARGET_NOT_FOUND(101, true),
    POST_AMEND_AMEND(102, false),
    STORE_REF_NOT_FOUND(200, true),
    STORE_UPDATE_UPDATE(201, false),
    INVALID_PAYMENT_METHOD(202, false),
    VM_REF_NOT_FOUND(300, true),
    VM_VOLUME_NOT_FOUND(301, true),
    VM_AMEND_NOT_ALLOWED(302, false),
    VM_UPDATE_UPDATE(303, false),
    VM_VOLUME_TOO_SMALL(304, false),
    FORGET_NO_TARGET(500, false),
    FORGET_TARGET_NOT_FOUND(501, true),
    FORGET_FORGET(502, false),
    FORGET_NOT_ALLOWED(503, false),
    FORGOTTEN_DUPLICATE(504, false);

    private final int code;
    private final boolean retryable;

    ErrorCode(int code, boolean retryable) {
        this.code = code;
        this.retryable = retryable;
    }

    public int code() {
        return code;
    }

    public boolean retryable() {
        return retryable;
    }
}
