package org.alephdeploy.message;

/** Something that can sign a verification buffer for one sender address (ETH scheme). */
public interface MessageSigner {
    /** The EIP-55 checksummed address that signs; it becomes the envelope's sender. */
    String address();

    /** The chain the envelope names; every EVM account signs as {@code ETH}. */
    default String chain() {
        return "ETH";
    }

    /** Signs the 4-line verification buffer; returns the signature field's text. */
    String sign(byte[] verificationBuffer);
}
