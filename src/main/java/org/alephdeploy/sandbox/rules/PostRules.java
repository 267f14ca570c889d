package org.alephdeploy.sandbox.rules;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.alephdeploy.sandbox.store.MessageQuery;
import org.alephdeploy.sandbox.store.MessageRow;
import org.alephdeploy.sandbox.store.Messages;

/** POST: amends need a live original that is not itself an amend, with the same owner (P-3.6). */
final class PostRules implements ContentRules {
    private final RuleBook book;

    PostRules(RuleBook book) {
        this.book = book;
    }

    @Override
    public void checkDependencies(Connection c, Incoming m) throws SQLException, ProcessingException {
        if (!"amend".equals(m.text("type"))) {
            return;
        }
        String ref = m.text("ref");
        if (ref == null) {
            throw new ProcessingException(ErrorCode.POST_AMEND_NO_TARGET, null, "amend without ref");
        }
        Optional<MessageRow> original = Messages.get(c, ref);
        if (original.isEmpty() || !original.get().is(MessageRow.PROCESSED) || !original.get().type().equals("POST")) {
            throw ProcessingException.withErrors(ErrorCode.POST_AMEND_TARGET_NOT_FOUND, ref);
        }
        Incoming target = book.incomingOf(original.get());
        if ("amend".equals(target.text("type"))) {
            throw new ProcessingException(ErrorCode.POST_AMEND_AMEND, null, "cannot amend an amend");
        }
        if (!target.owner().equals(m.owner())) {
            throw ProcessingException.withErrors(ErrorCode.PERMISSION_DENIED, "Cannot amend a post of another address");
        }
    }

    @Override
    public Set<String> forget(Connection c, Incoming target, double now) throws SQLException {
        if ("amend".equals(target.text("type"))) {
            return Set.of();
        }
        MessageQuery f = MessageQuery.simple(List.of(MessageRow.PROCESSED), List.of("POST"));
        f = new MessageQuery(f.statuses(), f.hashes(), f.addresses(), f.owners(), List.of(target.itemHash()),
                f.contentHashes(), f.contentKeys(), List.of("amend"), f.chains(), f.channels(), f.tags(),
                f.paymentTypes(), f.types(), null, null, false, 0, 0, null, null);
        Set<String> amends = new HashSet<>();
        for (MessageRow r : Messages.list(c, f)) {
            amends.add(r.itemHash());
        }
        return amends;
    }
}
