package org.alephdeploy.sandbox.rules;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

/** The type-specific part of processing: the checks and effects of one message type. */
interface ContentRules {
    /** Whether the sender may post this message (run before and after the dependency checks). */
    default void checkPermissions(Connection c, Incoming m) throws SQLException, ProcessingException {
        if (!Permissions.allowed(c, m.sender(), m.owner(), m.action())) {
            throw ProcessingException.withErrors(ErrorCode.PERMISSION_DENIED,
                    "Sender " + m.sender() + " is not authorized to post on behalf of address " + m.owner());
        }
    }

    /** Fetches what the message needs besides its content (a STORE's file). */
    default void fetchRelated(Connection c, Incoming m) throws SQLException, ProcessingException {
    }

    default void checkDependencies(Connection c, Incoming m) throws SQLException, ProcessingException {
    }

    /** Size of the file this message pays for, in bytes (STORE only). */
    default long billedBytes(Connection c, Incoming m) throws SQLException {
        return 0;
    }

    /** Applies the message's effects once it is stored as processed. */
    default void process(Connection c, Incoming m) throws SQLException {
    }

    /** Undoes a processed message's effects when it is forgotten; returns more hashes to forget. */
    default Set<String> forget(Connection c, Incoming target, double now) throws SQLException {
        return Set.of();
    }
}
