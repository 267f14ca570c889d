package org.alephdeploy.message;

import java.nio.charset.StandardCharsets;

/** The bytes every chain signs: chain, sender, type and item hash joined by LF (P-2.1). */
public final class VerificationBuffer {
    private VerificationBuffer() {
    }

    public static byte[] of(String chain, String sender, String type, String itemHash) {
        return (chain + "\n" + sender + "\n" + type + "\n" + itemHash).getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] of(Message message) {
        return of(message.chain(), message.sender(), message.typeName(), message.itemHash());
    }
}
