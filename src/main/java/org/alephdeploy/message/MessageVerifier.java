package org.alephdeploy.message;

import java.security.SignatureException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Checks a message's item hash and signature the way the node does (P-1.2, P-2). */
public final class MessageVerifier {
    /** Chains whose signatures use the ETH scheme (P-2.4). */
    public static final Set<String> EVM_CHAINS = Set.of("ARB", "BASE", "BLAST", "BOB", "BSC", "CYBER", "ETH",
            "ETHERLINK", "FRAX", "HYPE", "INK", "LENS", "LINEA", "LISK", "METIS", "MODE", "NEO", "OP", "POL",
            "SONIC", "UNICHAIN", "WLD", "ZORA");

    private MessageVerifier() {
    }

    public static Verification verify(Message message) {
        List<String> problems = new ArrayList<>();
        Boolean hashOk = checkHash(message, problems);
        Boolean sigOk = checkSignature(message, problems);
        return new Verification(message.itemHash(), message.sender(), hashOk, sigOk, List.copyOf(problems));
    }

    /** True when the inline item hash matches its content; null for non-inline messages. */
    public static Boolean checkHash(Message message, List<String> problems) {
        String content = message.itemContent();
        if (content == null) {
            return checkShape(message, problems);
        }
        String actual = ItemHashes.ofContent(content);
        if (actual.equals(message.itemHash())) {
            return true;
        }
        problems.add("item_hash " + message.itemHash() + " is not the SHA-256 of item_content (" + actual + ")");
        return false;
    }

    /** Off-line content: the hash cannot be recomputed, but its shape must match the declared item type (P-1.4). */
    private static Boolean checkShape(Message message, List<String> problems) {
        String declared = message.declaredItemType();
        if (declared == null || declared.equals(ItemType.INLINE.wire())) {
            return null;
        }
        Optional<ItemType> shape = ItemHashes.lenientShape(message.itemHash());
        if (shape.isPresent() && shape.get().wire().equals(declared)) {
            return null;
        }
        problems.add("item_hash " + message.itemHash() + " does not have the shape of a " + declared
                + " hash (" + shape.map(t -> "it looks like " + t.wire()).orElse("no known shape") + ")");
        return false;
    }

    /** True/false for chains this client can verify; null for chains it cannot. */
    public static Boolean checkSignature(Message message, List<String> problems) {
        byte[] buffer = VerificationBuffer.of(message);
        String chain = message.chain();
        if (EVM_CHAINS.contains(chain)) {
            try {
                String signer = EthSignatures.recover(buffer, message.signature());
                if (Addresses.sameAddress(signer, message.sender())) {
                    return true;
                }
                problems.add("the signature was made by " + signer + ", not by the sender " + message.sender());
            } catch (SignatureException e) {
                problems.add(e.getMessage());
            }
            return false;
        }
        if (chain.equals("SOL") || chain.equals("ES")) {
            if (message.signatureNode() != null && SolSignatures.verify(buffer, message.signatureNode(), message.sender())) {
                return true;
            }
            problems.add("the ed25519 signature does not verify for " + message.sender());
            return false;
        }
        problems.add("signatures of chain " + chain + " cannot be checked by this client");
        return null;
    }
}
