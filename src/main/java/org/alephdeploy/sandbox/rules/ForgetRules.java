package org.alephdeploy.sandbox.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.alephdeploy.message.Json;
import org.alephdeploy.sandbox.store.AggregateTable;
import org.alephdeploy.sandbox.store.Balances;
import org.alephdeploy.sandbox.store.MessageRow;
import org.alephdeploy.sandbox.store.Messages;
import org.alephdeploy.sandbox.store.Vms;

/**
 * FORGET (P-4.6): permission per target, targets must be processed, no FORGET of a FORGET, no
 * target still used by a live VM; effects per target type.
 */
final class ForgetRules implements ContentRules {
    private final RuleBook book;
    private final CreditSpending spending;

    ForgetRules(RuleBook book, CreditSpending spending) {
        this.book = book;
        this.spending = spending;
    }

    private static List<String> targets(Connection c, Incoming m) throws SQLException {
        List<String> out = new ArrayList<>();
        m.content().path("hashes").forEach(h -> out.add(h.asText()));
        for (JsonNode key : m.content().path("aggregates")) {
            out.addAll(AggregateTable.elementsOf(c, m.owner(), key.asText()));
        }
        return out;
    }

    /** True for a FORGET naming only hashes, each already forgotten here (imported history: it only records itself). */
    static boolean targetsAllForgotten(Connection c, Incoming m) throws SQLException {
        if (!m.type().equals("FORGET") || m.content().path("hashes").isEmpty() || !m.content().path("aggregates").isEmpty()) {
            return false;
        }
        for (JsonNode h : m.content().path("hashes")) {
            Optional<MessageRow> row = Messages.get(c, h.asText());
            if (row.isEmpty() || !row.get().is(MessageRow.FORGOTTEN)) {
                return false;
            }
        }
        return true;
    }

    private static ObjectNode messageError(String hash) {
        return Json.object().put("message", hash);
    }

    @Override
    public void checkPermissions(Connection c, Incoming m) throws SQLException, ProcessingException {
        for (String hash : targets(c, m)) {
            Optional<MessageRow> row = Messages.get(c, hash);
            if (row.isEmpty()) {
                throw ProcessingException.withErrors(ErrorCode.FORGET_TARGET_NOT_FOUND, messageError(hash));
            }
            String status = row.get().status();
            if (status.equals(MessageRow.FORGOTTEN) || status.equals(MessageRow.REJECTED) || status.equals(MessageRow.REMOVED)) {
                continue;
            }
            if (!status.equals(MessageRow.PROCESSED) && !status.equals(MessageRow.REMOVING)) {
                throw ProcessingException.withErrors(ErrorCode.FORGET_TARGET_NOT_FOUND, messageError(hash));
            }
            if (row.get().type().equals("FORGET")) {
                throw ProcessingException.withErrors(ErrorCode.FORGET_FORGET, messageError(hash));
            }
            Incoming target = book.incomingOf(row.get());
            if (!Permissions.allowed(c, m.sender(), target.owner(), target.action())) {
                throw ProcessingException.withErrors(ErrorCode.PERMISSION_DENIED, "Sender " + m.sender()
                        + " is not authorized to forget message " + hash + " owned by " + target.owner()
                        + ": the sender could not have created this target under the owner's security aggregate");
            }
        }
    }

    @Override
    public void checkDependencies(Connection c, Incoming m) throws SQLException, ProcessingException {
        JsonNode hashes = m.content().path("hashes");
        JsonNode aggregates = m.content().path("aggregates");
        if (hashes.isEmpty() && aggregates.isEmpty()) {
            throw new ProcessingException(ErrorCode.FORGET_NO_TARGET, null, "nothing to forget");
        }
        for (JsonNode h : hashes) {
            String hash = h.asText();
            Optional<MessageRow> row = Messages.get(c, hash);
            if (row.isEmpty() || !(row.get().is(MessageRow.PROCESSED) || row.get().is(MessageRow.REMOVING))) {
                throw ProcessingException.withErrors(ErrorCode.FORGET_TARGET_NOT_FOUND, messageError(hash));
            }
            List<String> users = Vms.usersOf(c, hash);
            if (!users.isEmpty()) {
                throw ProcessingException.withErrors(ErrorCode.FORGET_NOT_ALLOWED,
                        "File " + hash + " used on vm " + users.get(0));
            }
        }
        for (JsonNode key : aggregates) {
            if (AggregateTable.get(c, m.owner(), key.asText()).isEmpty()) {
                ObjectNode e = Json.object().put("aggregate", key.asText());
                throw ProcessingException.withErrors(ErrorCode.FORGET_TARGET_NOT_FOUND, e);
            }
        }
    }

    @Override
    public void process(Connection c, Incoming m) throws SQLException {
        Set<String> queue = new LinkedHashSet<>(targets(c, m));
        List<String> done = new ArrayList<>();
        while (!queue.isEmpty()) {
            String hash = queue.iterator().next();
            queue.remove(hash);
            done.add(hash);
            Optional<MessageRow> row = Messages.get(c, hash);
            if (row.isEmpty()) {
                continue;
            }
            MessageRow r = row.get();
            if (r.is(MessageRow.FORGOTTEN)) {
                ArrayNode by = (ArrayNode) r.forgottenBy();
                boolean present = false;
                for (JsonNode b : by) {
                    present |= b.asText().equals(m.itemHash());
                }
                if (!present) {
                    by.add(m.itemHash());
                    Messages.setForgottenBy(c, hash, Json.compact(by));
                }
                continue;
            }
            if (!r.is(MessageRow.PROCESSED) && !r.is(MessageRow.REMOVING)) {
                continue;
            }
            Incoming target = book.incomingOf(r);
            Set<String> more = book.rulesFor(r.type()).forget(c, target, m.timeSeconds());
            spending.settle(c, r.owner());
            Balances.removeCost(c, hash);
            ArrayNode by = Json.array().add(m.itemHash());
            Messages.markForgotten(c, hash, Json.compact(by), m.timeSeconds());
            for (String h : more) {
                if (!done.contains(h)) {
                    queue.add(h);
                }
            }
        }
    }

    @Override
    public Set<String> forget(Connection c, Incoming target, double now) {
        return Set.of();
    }
}
