package org.alephdeploy.message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** An INSTANCE content (P-3.8); this app only reads them. */
public final class InstanceContent extends Content {
    public InstanceContent(ObjectNode node) {
        super(node);
    }

    /** The root filesystem's parent STORE, or null. */
    public String rootfsParent() {
        JsonNode p = node.path("rootfs").path("parent");
        return text(p, "ref");
    }

    public Payment payment() {
        return Payment.of(node.get("payment"));
    }

    public String name() {
        JsonNode m = node.get("metadata");
        return m != null && m.isObject() ? text(m, "name") : null;
    }
}
