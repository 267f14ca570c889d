package org.alephdeploy.service.node;

import java.util.Optional;
import org.alephdeploy.ccn.NodeError;

/**
 * What the window needs to know of a node's failure (a failure of the client, thrown by the
 * engine and the services), without depending on the client: whether it is one, whether the node
 * could not be reached, its error code and its explanation.
 */
public final class NodeFailures {
    private NodeFailures() {
    }

    /** The type the client throws for a node's failure, for handlers that catch only those. */
    public static Class<? extends RuntimeException> type() {
        return NodeError.class;
    }

    /** True when {@code error} says no node answered. */
    public static boolean unreachable(Throwable error) {
        return error instanceof NodeError n && n.isUnreachable();
    }

    /** The node's error code (the {@code NODE-} codes), when {@code error} carries one. */
    public static Optional<Integer> errorCode(Throwable error) {
        return error instanceof NodeError n ? Optional.ofNullable(n.errorCode()) : Optional.empty();
    }

    /** The node that failed, when {@code error} is a node's failure and names one. */
    public static Optional<String> node(Throwable error) {
        return error instanceof NodeError n ? Optional.ofNullable(n.node()) : Optional.empty();
    }

    /** What happened and why, as two sentences; a failure that is not a node's gives its message. */
    public static String reason(Throwable error) {
        if (error instanceof NodeError n) {
            return n.explanation().what() + " " + n.explanation().why();
        }
        return error.getMessage();
    }
}
