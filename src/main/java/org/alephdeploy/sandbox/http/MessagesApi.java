package org.alephdeploy.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.undertow.server.HttpServerExchange;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import org.alephdeploy.message.ItemHashes;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.MessageFormatException;
import org.alephdeploy.sandbox.rules.EnvelopeCheck;
import org.alephdeploy.sandbox.rules.ProcessingEvents;
import org.alephdeploy.sandbox.store.MessageQuery;
import org.alephdeploy.sandbox.store.MessageRow;
import org.alephdeploy.sandbox.store.Messages;
import java.nio.charset.StandardCharsets;

/** {@code /api/v0/messages…}: submit, list, view (docs/PROTOCOL.md P-5.1–P-5.4). */
final class MessagesApi {
    private static final long MAX_BODY = 4L * 1024 * 1024;
    /** A listing naming more owners than this does not settle their credits (see {@link #settleListedOwners}). */
    private static final int SETTLED_OWNERS = 50;

    private final NodeServices node;

    MessagesApi(NodeServices node) {
        this.node = node;
    }

    void register(Router r) {
        r.add("POST", "/api/v0/messages/?", (ex, m) -> post(ex));
        r.add("GET", "/api/v0/messages\\.json", (ex, m) -> list(ex, null));
        r.add("GET", "/api/v0/messages/page/([0-9]+)\\.json", (ex, m) -> list(ex, Integer.parseInt(m.group(1))));
        r.add("GET", "/api/v0/messages/hashes", (ex, m) -> hashes(ex));
        r.add("GET", "/api/v0/messages/([^/]+)/status", this::status);
        r.add("GET", "/api/v0/messages/([^/]+)/content", this::content);
        r.add("GET", "/api/v0/messages/([^/]+)", this::view);
    }

    private void post(HttpServerExchange ex) throws Exception {
        JsonNode body;
        try {
            body = Json.parse(new String(Http.body(ex, MAX_BODY), StandardCharsets.UTF_8));
        } catch (MessageFormatException e) {
            throw new BadRequest(422, "[{\"type\":\"json_invalid\",\"loc\":[\"body\"],\"msg\":\"Invalid JSON\"}]", true);
        }
        if (!body.isObject() || !body.has("message")) {
            throw new BadRequest(422, "[{\"type\":\"missing\",\"loc\":[\"message\"],\"msg\":\"Field required\"}]", true);
        }
        boolean sync = body.path("sync").asBoolean(false);
        EnvelopeCheck.Checked checked;
        try {
            checked = EnvelopeCheck.check(body.get("message"));
        } catch (EnvelopeCheck.Invalid e) {
            throw new BadRequest(422, "InvalidMessageFormat");
        }
        Published p = publish(node, checked, sync);
        Http.json(ex, p.httpStatus(), p.body());
    }

    /** The outcome of publishing a message: HTTP status and the broadcast status body. */
    record Published(int httpStatus, ObjectNode body) {
    }

    /**
     * Submits a pre-validated message; with {@code sync}, waits for its first processing outcome
     * (up to the sync wait) and maps it to 200 / 422 / 202 as the reference node does.
     */
    static Published publish(NodeServices node, EnvelopeCheck.Checked checked, boolean sync) throws InterruptedException {
        ProcessingEvents events = node.pipeline().events();
        CompletableFuture<ProcessingEvents.Outcome> next = sync ? events.next(checked.itemHash()) : null;
        node.pipeline().submit(checked, true);
        String status = "pending";
        int http = 202;
        if (sync) {
            try {
                ProcessingEvents.Outcome o = next.get(node.syncWait().toMillis(), TimeUnit.MILLISECONDS);
                switch (o.kind()) {
                    case PROCESSED -> {
                        status = "processed";
                        http = 200;
                    }
                    case REJECTED -> {
                        status = "rejected";
                        http = 422;
                    }
                    default -> {
                    }
                }
            } catch (TimeoutException | ExecutionException e) {
                events.cancel(checked.itemHash(), next);
            }
        }
        ObjectNode b = Json.object();
        ObjectNode pub = b.putObject("publication_status");
        pub.put("status", "success");
        pub.putArray("failed");
        b.put("message_status", status);
        return new Published(http, b);
    }

    private void list(HttpServerExchange ex, Integer pathPage) throws BadRequest {
        ListQuery q = ListQuery.parse(ex, pathPage, false);
        String terminal = q.terminalStatus();
        if (terminal != null) {
            listTerminal(ex, q, terminal);
            return;
        }
        if (q.endBlock > 0) {
            q.hashes = List.of("__no_confirmed_messages__");
        }
        settleListedOwners(q);
        if (q.cursor != null) {
            if (q.pagination == 0) {
                throw new BadRequest(422, "Cursor pagination requires pagination > 0");
            }
            int perPage = Math.min(q.pagination, ListQuery.CURSOR_MAX);
            Double afterTime = null;
            String afterHash = null;
            if (!q.cursor.isEmpty()) {
                Object[] c = ListQuery.decodeCursor(q.cursor);
                afterTime = (Double) c[0];
                afterHash = (String) c[1];
            }
            MessageQuery f = q.filter(q.liveStatuses(), perPage + 1, 0, afterTime, afterHash);
            List<MessageRow> rows = node.db().tx(c -> Messages.list(c, f));
            boolean more = rows.size() > perPage;
            List<MessageRow> pageRows = more ? rows.subList(0, perPage) : rows;
            ObjectNode out = Json.object();
            ArrayNode msgs = out.putArray("messages");
            pageRows.forEach(r -> msgs.add(Views.listItem(r, q.contentFormat)));
            out.put("pagination_per_page", perPage);
            if (more && !pageRows.isEmpty()) {
                MessageRow last = pageRows.get(pageRows.size() - 1);
                out.put("next_cursor", ListQuery.encodeCursor(last.time(), last.itemHash()));
            } else {
                out.putNull("next_cursor");
            }
            Http.sortedJson(ex, 200, out);
            return;
        }
        int offset = q.pagination > 0 ? (q.page - 1) * q.pagination : 0;
        MessageQuery f = q.filter(q.liveStatuses(), q.pagination, offset, null, null);
        List<MessageRow> rows = node.db().tx(c -> Messages.list(c, f));
        long total;
        if (q.pagination > 0 && rows.size() < q.pagination) {
            total = (long) (q.page - 1) * q.pagination + rows.size();
        } else {
            total = node.db().tx(c -> Messages.count(c, f));
        }
        ObjectNode out = Json.object();
        ArrayNode msgs = out.putArray("messages");
        rows.forEach(r -> msgs.add(Views.listItem(r, q.contentFormat)));
        pageFields(out, "messages", q.page, q.pagination, total);
        Http.sortedJson(ex, 200, out);
    }

    /**
     * The network's balance job marks messages {@code removing} (and back) on its own schedule, not
     * when someone reads them; the sandbox settles an owner's credits when they are read, so a
     * listing that can show removing messages of named owners (or of named item hashes) settles
     * those owners first (on its first page only: the later pages of the same listing follow at once).
     */
    private void settleListedOwners(ListQuery q) {
        boolean firstPage = q.cursor == null ? q.page == 1 : q.cursor.isEmpty();
        boolean named = !q.owners.isEmpty() || !q.hashes.isEmpty();
        if (!firstPage || !named || q.owners.size() > SETTLED_OWNERS || q.hashes.size() > SETTLED_OWNERS
                || !q.liveStatuses().contains(MessageRow.REMOVING)) {
            return;
        }
        node.db().tx(c -> {
            Set<String> owners = new LinkedHashSet<>(q.owners);
            if (owners.isEmpty()) {
                for (String hash : q.hashes) {
                    Messages.get(c, hash).map(MessageRow::owner).ifPresent(owners::add);
                }
            }
            for (String owner : owners) {
                node.pipeline().spending().settle(c, owner);
            }
            return null;
        });
    }

    private void listTerminal(HttpServerExchange ex, ListQuery q, String status) {
        int offset = q.pagination > 0 ? (q.page - 1) * q.pagination : 0;
        MessageQuery f = q.filter(List.of(status), q.pagination, offset, null, null);
        List<MessageRow> rows = node.db().tx(c -> Messages.list(c, f, "forgotten_at"));
        long total = node.db().tx(c -> Messages.count(c, f));
        ObjectNode out = Json.object();
        ArrayNode msgs = out.putArray("messages");
        rows.forEach(r -> msgs.add(Views.forgottenListItem(r)));
        pageFields(out, "messages", q.page, q.pagination, total);
        Http.sortedJson(ex, 200, out);
    }

    static void pageFields(ObjectNode out, String item, int page, int perPage, long total) {
        out.put("pagination_item", item);
        out.put("pagination_page", page);
        out.put("pagination_per_page", perPage);
        out.put("pagination_total", total);
    }

    private MessageRow row(Matcher m) throws BadRequest {
        String hash = m.group(1);
        if (!ItemHashes.isItemHash(hash)) {
            throw new BadRequest(400, "Invalid message hash: " + hash);
        }
        Optional<MessageRow> row = node.db().tx(c -> Messages.get(c, hash));
        if (row.isEmpty()) {
            throw new BadRequest(404, "Message not found: " + hash);
        }
        return row.get();
    }

    private void view(HttpServerExchange ex, Matcher m) throws BadRequest {
        MessageRow r = row(m);
        if (r.is(MessageRow.PROCESSED) || r.is(MessageRow.REMOVING)) {
            // as for listings: the status is the balance job's, whenever it is read
            String owner = r.owner();
            node.db().tx(c -> {
                node.pipeline().spending().settle(c, owner);
                return null;
            });
            r = row(m);
        }
        Http.json(ex, 200, Views.withStatus(r));
    }

    private void status(HttpServerExchange ex, Matcher m) throws BadRequest {
        MessageRow r = row(m);
        ObjectNode o = Json.object();
        o.put("status", r.status());
        o.put("item_hash", r.itemHash());
        o.put("reception_time", Views.iso(r.receptionTime()));
        Http.json(ex, 200, o);
    }

    private void content(HttpServerExchange ex, Matcher m) throws BadRequest {
        MessageRow r = row(m);
        if (!r.is(MessageRow.PROCESSED) && !r.is(MessageRow.REMOVING)) {
            throw new BadRequest(422, "Message " + r.itemHash() + " is " + r.status() + ", its content is not available");
        }
        ObjectNode content = r.content();
        JsonNode out = r.type().equals("POST") && content.has("content") ? content.get("content") : content;
        Http.json(ex, 200, out);
    }

    private void hashes(HttpServerExchange ex) throws BadRequest {
        String status = Http.param(ex, "status");
        if (status != null && !Set.of("pending", "processed", "rejected", "forgotten", "removing", "removed").contains(status)) {
            throw new BadRequest(422, "[{\"type\":\"enum\",\"loc\":[\"status\"],\"msg\":\"Input should be a valid status\"}]", true);
        }
        int page = intParam(ex, "page", 1, 1);
        int pagination = intParam(ex, "pagination", 20, 0);
        double start = doubleParam(ex, "startDate", "start_date");
        double end = doubleParam(ex, "endDate", "end_date");
        if (start > 0 && end > 0 && end < start) {
            throw new BadRequest(422, "[{\"type\":\"value_error\",\"loc\":[],\"msg\":\"Value error, end date cannot be lower than start date.\"}]", true);
        }
        boolean descending = !"1".equals(Http.param(ex, "sortOrder", "sort_order"));
        boolean hashOnly = !"false".equalsIgnoreCase(String.valueOf(Http.param(ex, "hash_only")));
        Double s = start > 0 ? start : null;
        Double e = end > 0 ? end : null;
        List<String> hashes = node.db().tx(c -> Messages.hashes(c, status, s, e, descending, pagination,
                pagination > 0 ? (page - 1) * pagination : 0));
        long total = node.db().tx(c -> Messages.countHashes(c, status, s, e));
        ObjectNode out = Json.object();
        ArrayNode a = out.putArray("hashes");
        for (String h : hashes) {
            if (hashOnly) {
                a.add(h);
            } else {
                MessageRow r = node.db().tx(c -> Messages.get(c, h)).orElseThrow();
                a.addObject().put("item_hash", h).put("status", r.status()).put("reception_time", Views.iso(r.receptionTime()));
            }
        }
        pageFields(out, "hashes", page, pagination, total);
        Http.json(ex, 200, out);
    }

    static int intParam(HttpServerExchange ex, String name, int dflt, int min) throws BadRequest {
        String v = Http.param(ex, name);
        if (v == null) {
            return dflt;
        }
        try {
            int i = Integer.parseInt(v.trim());
            if (i < min) {
                throw new NumberFormatException("below " + min);
            }
            return i;
        } catch (NumberFormatException e) {
            throw new BadRequest(422, "[{\"type\":\"int_parsing\",\"loc\":[\"" + name + "\"],\"msg\":\"Input should be a valid integer >= "
                    + min + "\"}]", true);
        }
    }

    static double doubleParam(HttpServerExchange ex, String... names) throws BadRequest {
        String v = Http.param(ex, names);
        if (v == null) {
            return 0;
        }
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new BadRequest(422, "[{\"type\":\"float_parsing\",\"loc\":[\"" + names[0] + "\"],\"msg\":\"Input should be a valid number\"}]", true);
        }
    }
}
