package org.alephdeploy.message;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A STORE content (P-3.4): one file, possibly a revision ({@code ref}) of an earlier STORE. */
public final class StoreContent extends Content {
    public StoreContent(ObjectNode node) {
        super(node);
    }

    public ItemType itemType() {
        String t = text(node, "item_type");
        return t == null ? ItemType.STORAGE : ItemType.fromWire(t);
    }

    /** The file's hash (sha256 or CID), not the message hash. */
    public String fileHash() {
        return text(node, "item_hash");
    }

    public String ref() {
        return text(node, "ref");
    }

    /** True when {@code ref} names an earlier STORE message (a revision), not a user tag. */
    public boolean isRevision() {
        return ref() != null && ItemHashes.isItemHash(ref());
    }

    public Payment payment() {
        return Payment.of(node.get("payment"));
    }

    public String name() {
        var m = node.get("metadata");
        return m != null && m.isObject() ? text(m, "name") : null;
    }
}
