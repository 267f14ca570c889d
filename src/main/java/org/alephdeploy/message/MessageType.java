package org.alephdeploy.message;

/** The envelope {@code type} of an Aleph message. */
public enum MessageType {
    POST, AGGREGATE, STORE, PROGRAM, INSTANCE, FORGET;

    /** The wire name, e.g. {@code PROGRAM}. */
    public String wire() {
        return name();
    }

    /** Parses a wire name; throws {@link MessageFormatException} for anything else. */
    public static MessageType fromWire(String value) {
        if (value != null) {
            for (MessageType t : values()) {
                if (t.name().equals(value)) {
                    return t;
                }
            }
        }
        throw new MessageFormatException("unknown message type " + value);
    }
}
