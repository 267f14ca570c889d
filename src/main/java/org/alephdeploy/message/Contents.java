package org.alephdeploy.message;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Typed views of a message's content. */
public final class Contents {
    private Contents() {
    }

    public static ProgramContent program(Message m) {
        requireType(m, MessageType.PROGRAM);
        return new ProgramContent(m.content());
    }

    public static StoreContent store(Message m) {
        requireType(m, MessageType.STORE);
        return new StoreContent(m.content());
    }

    public static ForgetContent forget(Message m) {
        requireType(m, MessageType.FORGET);
        return new ForgetContent(m.content());
    }

    public static AggregateContent aggregate(Message m) {
        requireType(m, MessageType.AGGREGATE);
        return new AggregateContent(m.content());
    }

    public static PostContent post(Message m) {
        requireType(m, MessageType.POST);
        return new PostContent(m.content());
    }

    public static InstanceContent instance(Message m) {
        requireType(m, MessageType.INSTANCE);
        return new InstanceContent(m.content());
    }

    /** The typed view for whatever type the message is. */
    public static Content of(Message m) {
        ObjectNode c = m.content();
        return switch (m.type()) {
            case PROGRAM -> new ProgramContent(c);
            case STORE -> new StoreContent(c);
            case FORGET -> new ForgetContent(c);
            case AGGREGATE -> new AggregateContent(c);
            case POST -> new PostContent(c);
            case INSTANCE -> new InstanceContent(c);
        };
    }

    private static void requireType(Message m, MessageType type) {
        if (!type.wire().equals(m.typeName())) {
            throw new MessageFormatException("expected a " + type + " message, got " + m.typeName());
        }
    }
}
