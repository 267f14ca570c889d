package org.alephdeploy.ccn;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Any failure a node reported or that prevented reaching one. It carries the HTTP status (0 when
 * none was received), the node's {@code error_code} for rejected messages, the raw {@code details}
 * JSON, and a user {@link Explanation} from {@link NodeErrors}; {@link #getMessage()} is that
 * explanation as one paragraph.
 */
public final class NodeError extends RuntimeException {
    /** Which family of failure this is. */
    public enum Kind {
        /** The node processed the message and rejected it with an {@code error_code} (P-4.2). */
        REJECTED,
        /** The node refused the request before processing: 422 {@code InvalidMessageFormat}. */
        INVALID_MESSAGE_FORMAT,
        /** The node answered with an HTTP error status. */
        HTTP,
        /** The node has no answer yet: the message is still pending. */
        PENDING,
        /** No usable answer from any node after every retry (connection errors, timeouts, 5xx bodies cut short). */
        UNREACHABLE
    }

    private final Kind kind;
    private final int httpStatus;
    private final Integer errorCode;
    private final transient JsonNode details;
    private final String nodeBody;
    private final String node;
    private final transient Explanation explanation;

    private NodeError(Kind kind, int httpStatus, Integer errorCode, JsonNode details, String nodeBody, String node,
                      Explanation explanation, Throwable cause) {
        super(explanation.text(), cause);
        this.kind = kind;
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
        this.details = details;
        this.nodeBody = nodeBody;
        this.node = node;
        this.explanation = explanation;
    }

    /** A message the node rejected with {@code code} and {@code details} (from GET /messages/{h}). */
    public static NodeError rejected(int code, JsonNode details, String node) {
        return new NodeError(Kind.REJECTED, 200, code, details, null, node, NodeErrors.forErrorCode(code, details), null);
    }

    /** An HTTP error status with the node's body (text or JSON, possibly empty). */
    public static NodeError http(int status, String body, JsonNode details, String node) {
        Kind kind = status == 422 && body != null && body.contains("InvalidMessageFormat")
                ? Kind.INVALID_MESSAGE_FORMAT : Kind.HTTP;
        return new NodeError(kind, status, null, details, body, node, NodeErrors.forHttpStatus(status, body), null);
    }

    /** The node has not decided yet (e.g. the price of a pending message). */
    public static NodeError pending(String itemHash, String node) {
        return new NodeError(Kind.PENDING, 102, null, null, null, node, NodeErrors.pending(itemHash), null);
    }

    /** Every node failed or stopped answering after all retries (or the call's deadline passed). */
    public static NodeError unreachable(List<String> nodes, String reason, int lastStatus, Throwable cause) {
        return new NodeError(Kind.UNREACHABLE, lastStatus, null, null, null, String.join(", ", nodes),
                NodeErrors.unreachable(nodes, reason), cause);
    }

    /** A retryable HTTP status (429, 5xx) that persisted through every retry on every node. */
    public static NodeError exhausted(int status, String body, JsonNode details, String node) {
        return new NodeError(Kind.UNREACHABLE, status, null, details, body, node, NodeErrors.forHttpStatus(status, body),
                null);
    }

    public Kind kind() {
        return kind;
    }

    /** True when no node could be reached or none gave a usable answer (the CLI maps this to its own exit code). */
    public boolean isUnreachable() {
        return kind == Kind.UNREACHABLE;
    }

    /** The HTTP status received, 0 when no response arrived. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The node's error code for a rejected message, null otherwise. */
    public Integer errorCode() {
        return errorCode;
    }

    /** The node's {@code details} JSON (or the JSON error body), null when there was none. */
    public JsonNode details() {
        return details;
    }

    /** The node's response body as text (bounded), null when none. */
    public String nodeBody() {
        return nodeBody;
    }

    /** The node base URL(s) involved. */
    public String node() {
        return node;
    }

    public Explanation explanation() {
        return explanation;
    }
}
