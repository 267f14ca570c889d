package org.alephdeploy.message;

/** Where a message's content (or a STORE's file) lives. */
public enum ItemType {
    INLINE("inline"), STORAGE("storage"), IPFS("ipfs");

    private final String wire;

    ItemType(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static ItemType fromWire(String value) {
        for (ItemType t : values()) {
            if (t.wire.equals(value)) {
                return t;
            }
        }
        throw new MessageFormatException("unknown item_type " + value);
    }
}
