package org.alephdeploy.sandbox.rules;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageFormatException;
import org.alephdeploy.message.MessageVerifier;

/**
 * Signature checks as the node runs them (P-2): EVM chains and SOL/ES are verified; AURORA and STT
 * have no verifier on the reference node (code 0); other chains the reference node verifies but
 * this sandbox cannot are rejected with code 1 and say so.
 */
public final class Signatures {
    private static final Set<String> NO_VERIFIER = Set.of("AURORA", "STT");

    private Signatures() {
    }

    /** True when the envelope's signature verifies. */
    public static boolean valid(ObjectNode env) {
        try {
            verify(env);
            return true;
        } catch (ProcessingException e) {
            return false;
        }
    }

    public static void verify(ObjectNode env) throws ProcessingException {
        String chain = env.path("chain").asText();
        if (NO_VERIFIER.contains(chain)) {
            throw ProcessingException.withErrors(ErrorCode.INVALID_FORMAT, "No signature verifier for chain " + chain);
        }
        List<String> problems = new ArrayList<>();
        Boolean ok;
        try {
            ok = MessageVerifier.checkSignature(Message.of(env), problems);
        } catch (MessageFormatException ex) {
            ok = false;
            problems.add(ex.getMessage());
        }
        if (ok == null) {
            throw ProcessingException.withErrors(ErrorCode.INVALID_SIGNATURE,
                    "The sandbox cannot verify " + chain + " signatures");
        }
        if (!ok) {
            throw ProcessingException.withErrors(ErrorCode.INVALID_SIGNATURE, problems.isEmpty()
                    ? "Invalid signature" : String.join("; ", problems));
        }
    }

}
