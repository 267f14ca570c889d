package org.alephdeploy.message;

/** A message or content that does not have the shape the protocol requires. */
public class MessageFormatException extends RuntimeException {
    public MessageFormatException(String message) {
        super(message);
    }

    public MessageFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
