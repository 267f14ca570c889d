package org.alephdeploy.message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The {@code payment} of a STORE, PROGRAM or INSTANCE content; absent means hold. */
public record Payment(String chain, String receiver, String type) {
    public static final String HOLD = "hold";
    public static final String CREDIT = "credit";
    public static final String SUPERFLUID = "superfluid";

    public static Payment of(JsonNode payment) {
        if (payment == null || !payment.isObject()) {
            return new Payment(null, null, HOLD);
        }
        String type = payment.path("type").asText(HOLD);
        return new Payment(textOrNull(payment, "chain"), textOrNull(payment, "receiver"), type);
    }

    public ObjectNode toJson() {
        ObjectNode out = Json.object();
        if (chain != null) {
            out.put("chain", chain);
        }
        if (receiver != null) {
            out.put("receiver", receiver);
        }
        out.put("type", type);
        return out;
    }

    private static String textOrNull(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }
}
