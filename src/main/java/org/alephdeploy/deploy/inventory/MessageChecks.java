package org.alephdeploy.deploy.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.alephdeploy.message.ItemHashes;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageVerifier;

/**
 * Why a message received from a node must not be acted on: its item hash is not that of the exact
 * {@code item_content} received, or its signature is not the sender's (or cannot be checked by
 * this client). An empty list: it verifies. CPU only, no I/O.
 */
public final class MessageChecks {
    /** Signatures already recovered: the hash is re-checked every time (cheap), the signature once per process. */
    private static final Set<String> GOOD_SIGNATURES = ConcurrentHashMap.newKeySet();
    private static final int MEMO_LIMIT = 500_000;

    private MessageChecks() {
    }

    public static List<String> problems(Message m) {
        List<String> problems = new ArrayList<>();
        try {
            MessageVerifier.checkHash(m, problems);
            String key = memoKey(m);
            if (GOOD_SIGNATURES.contains(key)) {
                return List.copyOf(problems);
            }
            int before = problems.size();
            Boolean signature = MessageVerifier.checkSignature(m, problems);
            if (signature == null && problems.size() == before) {
                problems.add("its signature cannot be checked");
            }
            if (Boolean.TRUE.equals(signature)) {
                if (GOOD_SIGNATURES.size() > MEMO_LIMIT) {
                    GOOD_SIGNATURES.clear();
                }
                GOOD_SIGNATURES.add(key);
            }
        } catch (RuntimeException e) {
            problems.add("it cannot be checked (" + e.getMessage() + ")");
        }
        return List.copyOf(problems);
    }

    /**
     * What a recovered signature is remembered by: the SHA-256 of everything it was checked
     * against (chain, sender, type, item hash, signature), as 32 one-byte chars: a tenth of the
     * memory of the text itself, which holds the whole signature, for each message checked.
     */
    private static String memoKey(Message m) {
        JsonNode signature = m.signatureNode();
        // a text signature by its text (writing the node as JSON set up a generator per message), anything else as JSON
        String signed = signature != null && signature.isTextual() ? "s" + signature.textValue() : "j" + signature;
        String text = m.chain() + "/" + m.sender() + "/" + m.typeName() + "/" + m.itemHash() + "/" + signed;
        return new String(ItemHashes.sha256Of(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.ISO_8859_1);
    }

    /** The message as listed with the outcome of its checks: {@code lm} itself when that outcome is already its own. */
    public static ListedMessage checked(ListedMessage lm) {
        List<String> problems = problems(lm.message());
        return problems.equals(lm.problems()) ? lm : new ListedMessage(lm.message(), lm.status(), lm.error(), problems, lm.reason());
    }
}
