package org.alephdeploy.sandbox.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.alephdeploy.sandbox.store.AggregateTable;

/**
 * Whether a sender may act for an owner (docs/PROTOCOL.md P-3.7): the owner itself (case-insensitive),
 * or an entry of the owner's {@code security} aggregate (looked up by the exact owner string) whose
 * filters all match the message.
 */
public final class Permissions {
    private Permissions() {
    }

    /** What the security filters look at in the message being authorised. */
    public record Action(String chain, String channel, String type, String postType, String aggregateKey) {
    }

    public static boolean allowed(Connection c, String sender, String owner, Action action) throws SQLException {
        if (sender == null || owner == null) {
            return false;
        }
        if (sender.equalsIgnoreCase(owner)) {
            return true;
        }
        Optional<AggregateTable.Merged> security = AggregateTable.get(c, owner, "security");
        if (security.isEmpty()) {
            return false;
        }
        JsonNode auths = security.get().content().path("authorizations");
        if (!auths.isArray()) {
            return false;
        }
        for (JsonNode entry : auths) {
            if (entry.isObject() && matches((ObjectNode) entry, sender, action)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(ObjectNode e, String sender, Action a) {
        if (!e.path("address").isTextual() || !e.get("address").textValue().equalsIgnoreCase(sender)) {
            return false;
        }
        JsonNode chain = e.get("chain");
        if (chain != null && !chain.isNull() && !chain.asText().isEmpty() && !chain.asText().equals(a.chain())) {
            return false;
        }
        if (nonEmpty(e, "channels") && !contains(e.get("channels"), a.channel())) {
            return false;
        }
        if (nonEmpty(e, "types") && !contains(e.get("types"), a.type())) {
            return false;
        }
        if ("POST".equals(a.type()) && nonEmpty(e, "post_types") && !contains(e.get("post_types"), a.postType())) {
            return false;
        }
        return !("AGGREGATE".equals(a.type()) && nonEmpty(e, "aggregate_keys")
                && !contains(e.get("aggregate_keys"), a.aggregateKey()));
    }

    private static boolean nonEmpty(ObjectNode e, String key) {
        JsonNode v = e.get(key);
        return v != null && v.isArray() && !v.isEmpty();
    }

    private static boolean contains(JsonNode list, String value) {
        for (JsonNode v : list) {
            if (v.isTextual() && v.textValue().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
