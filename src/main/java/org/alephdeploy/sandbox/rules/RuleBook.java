package org.alephdeploy.sandbox.rules;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Map;
import org.alephdeploy.sandbox.store.FileStore;
import org.alephdeploy.sandbox.store.MessageRow;
import org.alephdeploy.message.Json;

/** The type-specific rules, by message type. */
final class RuleBook {
    private final Map<String, ContentRules> rules;

    RuleBook(FileStore files, boolean strict, CreditSpending spending) {
        this.rules = Map.of(
                "STORE", new StoreRules(files),
                "PROGRAM", new VmRules(false, strict),
                "INSTANCE", new VmRules(true, strict),
                "FORGET", new ForgetRules(this, spending),
                "AGGREGATE", new AggregateRules(),
                "POST", new PostRules(this));
    }

    ContentRules rulesFor(String type) {
        ContentRules r = rules.get(type);
        if (r == null) {
            throw new IllegalArgumentException("no rules for message type " + type);
        }
        return r;
    }

    /** A stored (processed) message as the rules see it. */
    Incoming incomingOf(MessageRow row) {
        ObjectNode env = row.envelope();
        BigDecimal time = env.path("time").isNumber() ? env.get("time").decimalValue()
                : BigDecimal.valueOf(row.time() == null ? 0 : row.time());
        ObjectNode content = row.content();
        return new Incoming(row.itemHash(), row.type(), row.chain(), row.sender(), row.channel(), time, row.itemType(),
                env, content == null ? Json.object() : content, row.size() == null ? 0 : row.size());
    }
}
