package org.alephdeploy.deploy.inventory;

import java.util.ArrayList;
import java.util.List;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageVerifier;

/**
 * Why a message received from a node must not be acted on: its item hash is not that of the exact
 * {@code item_content} received, or its signature is not the sender's (or cannot be checked by
 * this client). An empty list: it verifies. CPU only, no I/O.
 */
public final class MessageChecks {
    private MessageChecks() {
    }

    public static List<String> problems(Message m) {
        List<String> problems = new ArrayList<>();
        try {
            MessageVerifier.checkHash(m, problems);
            Boolean signature = MessageVerifier.checkSignature(m, problems);
            if (signature == null && problems.isEmpty()) {
                problems.add("its signature cannot be checked");
            }
        } catch (RuntimeException e) {
            problems.add("it cannot be checked (" + e.getMessage() + ")");
        }
        return List.copyOf(problems);
    }

    /** The message as listed with the outcome of its checks. */
    public static ListedMessage checked(ListedMessage lm) {
        return new ListedMessage(lm.message(), lm.status(), lm.error(), problems(lm.message()));
    }
}
