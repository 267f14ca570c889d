package org.alephdeploy.message;

import com.fasterxml.jackson.databind.JsonNode;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/** Solana-style ed25519 signatures: a JSON string {@code {"signature", "publicKey"}} (P-2.4). */
public final class SolSignatures {
    private SolSignatures() {
    }

    /** Verifies a SOL signature field (a JSON string, or an object as some fixtures store it). */
    public static boolean verify(byte[] buffer, JsonNode signatureField, String sender) {
        try {
            JsonNode sig = signatureField.isTextual() ? Json.parse(signatureField.textValue()) : signatureField;
            String publicKey = sig.path("publicKey").asText(null);
            String signature = sig.path("signature").asText(null);
            if (publicKey == null || signature == null || !publicKey.equals(sender)) {
                return false;
            }
            byte[] key = Base58.decode(publicKey);
            byte[] raw = Base58.decode(signature);
            if (key.length != 32 || raw.length != 64) {
                return false;
            }
            Ed25519Signer verifier = new Ed25519Signer();
            verifier.init(false, new Ed25519PublicKeyParameters(key, 0));
            verifier.update(buffer, 0, buffer.length);
            return verifier.verifySignature(raw);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
