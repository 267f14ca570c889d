package org.alephdeploy.sandbox.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import org.alephdeploy.sandbox.store.AggregateTable;

/** AGGREGATE: one more element of the owner's key, merged shallowly (P-3.7). */
final class AggregateRules implements ContentRules {
    static String key(ObjectNode content) {
        JsonNode k = content.get("key");
        return k == null ? null : k.isObject() ? k.path("name").asText(null) : k.asText(null);
    }

    @Override
    public void process(Connection c, Incoming m) throws SQLException {
        AggregateTable.addElement(c, m.itemHash(), m.owner(), key(m.content()), m.contentTime(),
                (ObjectNode) m.content().get("content"));
    }

    @Override
    public Set<String> forget(Connection c, Incoming target, double now) throws SQLException {
        AggregateTable.removeElement(c, target.itemHash());
        return Set.of();
    }
}
