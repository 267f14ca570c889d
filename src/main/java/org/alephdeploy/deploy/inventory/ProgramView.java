package org.alephdeploy.deploy.inventory;

import java.util.List;
import java.util.Optional;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageStatus;
import org.alephdeploy.message.ProgramContent;
import org.alephdeploy.message.Reference;

/**
 * One PROGRAM message (an original or an amend; each is its own program on the node with its own
 * hash and URL) with its status, resolved references and mutability. {@code message} and the
 * content-derived values are null/empty for a forgotten program whose content was never seen.
 */
public record ProgramView(
        String itemHash,
        MessageStatus status,
        Rejection error,
        String owner,
        String sender,
        String channel,
        boolean ownedByAccount,
        Message message,
        String replaces,
        String chainRoot,
        List<ResolvedReference> references,
        Mutability mutability,
        List<String> flags) {

    public static final String URL_PREFIX = "https://aleph.sh/vm/";

    public ProgramView {
        references = List.copyOf(references);
        flags = List.copyOf(flags);
    }

    public static String urlOf(String programHash) {
        return URL_PREFIX + programHash;
    }

    public String url() {
        return urlOf(itemHash);
    }

    /** The typed content, or null when it is not known. */
    public ProgramContent content() {
        return message == null ? null : message.programContent();
    }

    public String name() {
        ProgramContent c = content();
        return c == null ? null : c.name();
    }

    public boolean allowAmend() {
        ProgramContent c = content();
        return c != null && c.allowAmend();
    }

    public boolean isAmend() {
        return replaces != null;
    }

    public Optional<ResolvedReference> reference(Reference.Role role) {
        return references.stream().filter(r -> r.role() == role).findFirst();
    }

    /** Status in words, with the node's reason for a rejection. */
    public String statusWords() {
        return error == null ? status.wire() : status.wire() + ": " + error.words();
    }
}
