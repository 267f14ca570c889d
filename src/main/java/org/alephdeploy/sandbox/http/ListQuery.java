package org.alephdeploy.sandbox.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.undertow.server.HttpServerExchange;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alephdeploy.message.ItemHashes;
import org.alephdeploy.message.Json;
import org.alephdeploy.sandbox.rules.ContentSchemas;
import org.alephdeploy.sandbox.store.MessageQuery;
import java.util.Locale;

/**
 * The query of a message listing (docs/PROTOCOL.md P-5.2), validated like the reference node's query
 * model: invalid values give 422 with pydantic-style errors, unsupported combinations 400.
 */
final class ListQuery {
    static final int CURSOR_MAX = 200;
    private static final Set<String> TYPES = Set.of("POST", "AGGREGATE", "STORE", "PROGRAM", "INSTANCE", "FORGET");
    private static final Set<String> STATUSES = Set.of("pending", "processed", "rejected", "forgotten", "removing", "removed");
    private static final Set<String> PAYMENTS = Set.of("hold", "superfluid", "credit");

    List<String> statuses = List.of("processed", "removing");
    List<String> types = new ArrayList<>();
    List<String> hashes;
    List<String> addresses;
    List<String> owners;
    List<String> refs;
    List<String> contentHashes;
    List<String> contentKeys;
    List<String> contentTypes;
    List<String> chains;
    List<String> channels;
    List<String> tags;
    List<String> paymentTypes;
    double startDate;
    double endDate;
    long startBlock;
    long endBlock;
    boolean descending = true;
    boolean txTime;
    int pagination = 20;
    int page = 1;
    String cursor;
    String contentFormat = "full";
    int history = 10;

    private final ArrayNode errors = Json.array();

    /** Parses and validates; {@code pathPage} overrides {@code page} (the /page/{n}.json route). */
    static ListQuery parse(HttpServerExchange exchange, Integer pathPage, boolean websocket) throws BadRequest {
        Map<String, ? extends Collection<String>> ex = exchange.getQueryParameters();
        ListQuery q = new ListQuery();
        String single = Http.param(ex, "msgType", "message_type");
        if (single != null) {
            q.checkIn("msgType", single, TYPES);
            q.types.add(single);
        }
        for (String t : Http.list(ex, "msgTypes", "message_types")) {
            q.checkIn("msgTypes", t, TYPES);
            q.types.add(t);
        }
        List<String> statuses = Http.list(ex, "msgStatuses", "message_statuses");
        if (!statuses.isEmpty()) {
            statuses.forEach(s -> q.checkIn("msgStatuses", s, STATUSES));
            q.statuses = statuses;
        }
        q.hashes = q.itemHashes("hashes", Http.list(ex, "hashes"));
        q.addresses = Http.list(ex, "addresses");
        q.owners = Http.list(ex, "owners");
        q.refs = Http.list(ex, "refs");
        q.contentHashes = q.itemHashes("contentHashes", Http.list(ex, "contentHashes", "content_hashes"));
        q.contentKeys = q.itemHashes("contentKeys", Http.list(ex, "contentKeys", "content_keys"));
        q.contentTypes = Http.list(ex, "contentTypes", "content_types");
        q.chains = Http.list(ex, "chains");
        q.chains.forEach(c -> q.checkIn("chains", c, ContentSchemas.CHAINS));
        q.channels = Http.list(ex, "channels");
        q.tags = Http.list(ex, "tags");
        q.paymentTypes = Http.list(ex, "paymentTypes", "payment_types");
        q.paymentTypes.forEach(p -> q.checkIn("paymentTypes", p, PAYMENTS));
        q.startDate = q.number("startDate", Http.param(ex, "startDate", "start_date"));
        q.endDate = q.number("endDate", Http.param(ex, "endDate", "end_date"));
        q.startBlock = q.integer("startBlock", Http.param(ex, "startBlock", "start_block"), 0, 0);
        q.endBlock = q.integer("endBlock", Http.param(ex, "endBlock", "end_block"), 0, 0);
        String sortBy = Http.param(ex, "sortBy", "sort_by");
        if (sortBy != null) {
            q.checkIn("sortBy", sortBy, Set.of("time", "tx-time"));
            q.txTime = "tx-time".equals(sortBy);
        }
        String sortOrder = Http.param(ex, "sortOrder", "sort_order");
        if (sortOrder != null) {
            q.checkIn("sortOrder", sortOrder, Set.of("-1", "1"));
            q.descending = !"1".equals(sortOrder);
        }
        String format = Http.param(ex, "contentFormat", "content_format");
        String exclude = Http.param(ex, "excludeContent", "exclude_content");
        if (format != null) {
            q.checkIn("contentFormat", format, Set.of("full", "headers", "none"));
            q.contentFormat = format;
        } else if (exclude != null && Set.of("true", "1", "yes", "on", "t", "y").contains(exclude.toLowerCase(Locale.ROOT))) {
            q.contentFormat = "none";
        }
        if (websocket) {
            q.history = (int) q.integer("history", Http.param(ex, "history"), 10, 0);
            if (q.history >= 200) {
                q.error("less_than", "history", "Input should be less than 200", Http.param(ex, "history"));
            }
        } else {
            q.pagination = (int) q.integer("pagination", Http.param(ex, "pagination"), 20, 0);
            q.page = (int) q.integer("page", Http.param(ex, "page"), 1, 1);
            q.cursor = Http.param(ex, "cursor");
        }
        if (pathPage != null) {
            q.page = pathPage;
        }
        if (q.startDate > 0 && q.endDate > 0 && q.endDate < q.startDate) {
            q.error("value_error", null, "Value error, end date cannot be lower than start date.", null);
        }
        if (q.startBlock > 0 && q.endBlock > 0 && q.endBlock < q.startBlock) {
            q.error("value_error", null, "Value error, end block cannot be lower than start block.", null);
        }
        if (q.cursor != null && q.txTime) {
            q.error("value_error", null, "Value error, Cursor pagination is not supported with tx-time sort order.", null);
        }
        if (!q.errors.isEmpty()) {
            throw new BadRequest(422, Http.write(q.errors), true);
        }
        return q;
    }

    /** The single terminal status (forgotten/removed) of a skeleton listing, or null. */
    String terminalStatus() throws BadRequest {
        boolean terminal = statuses.contains("forgotten") || statuses.contains("removed");
        if (!terminal) {
            return null;
        }
        if (statuses.size() > 1) {
            throw new BadRequest(400, "msgStatuses=forgotten/removed cannot be combined with other statuses");
        }
        String status = statuses.get(0);
        if (cursor != null) {
            throw new BadRequest(400, "Cursor pagination is not supported for " + status + " message queries");
        }
        List<String> offending = new ArrayList<>();
        addIf(offending, "refs", !refs.isEmpty());
        addIf(offending, "contentTypes", !contentTypes.isEmpty());
        addIf(offending, "contentHashes", !contentHashes.isEmpty());
        addIf(offending, "contentKeys", !contentKeys.isEmpty());
        addIf(offending, "tags", !tags.isEmpty());
        addIf(offending, "startBlock", startBlock > 0);
        addIf(offending, "endBlock", endBlock > 0);
        if (!offending.isEmpty()) {
            throw new BadRequest(400, "Filters not supported for " + status + " message queries: " + String.join(", ", offending));
        }
        return status;
    }

    private static void addIf(List<String> out, String name, boolean cond) {
        if (cond) {
            out.add(name);
        }
    }

    /** The store filter for this query; {@code statusOverride} replaces the status list. */
    MessageQuery filter(List<String> statusList, int limit, int offset, Double afterTime, String afterHash) {
        return new MessageQuery(statusList, hashes, addresses, owners, refs, contentHashes, contentKeys, contentTypes,
                chains, channels, tags, paymentTypes, types, startDate > 0 ? startDate : null,
                endDate > 0 ? endDate : null, descending, limit, offset, afterTime, afterHash);
    }

    /** Listable statuses of the messages table (pending and rejected rows are never listed). */
    List<String> liveStatuses() {
        List<String> out = new ArrayList<>();
        for (String s : statuses) {
            if (s.equals("processed") || s.equals("removing")) {
                out.add(s);
            }
        }
        return out.isEmpty() ? List.of("__none__") : out;
    }

    static String encodeCursor(double time, String hash) {
        String raw = time + "|" + hash;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** {time, hash} of a cursor; 422 when it is not one of ours. */
    static Object[] decodeCursor(String cursor) throws BadRequest {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            double time = Double.parseDouble(raw.substring(0, bar));
            String hash = raw.substring(bar + 1);
            if (hash.isEmpty()) {
                throw new IllegalArgumentException("no hash");
            }
            return new Object[] {time, hash};
        } catch (RuntimeException e) {
            throw new BadRequest(422, "Invalid cursor");
        }
    }

    private List<String> itemHashes(String name, List<String> values) {
        for (String v : values) {
            if (!ItemHashes.isItemHash(v)) {
                error("value_error", name, "Value error, Could not determine hash type: '" + v + "'", v);
            }
        }
        return values;
    }

    private void checkIn(String name, String value, Set<String> allowed) {
        if (!allowed.contains(value)) {
            error("enum", name, "Input should be " + String.join(", ", allowed.stream().sorted().map(a -> "'" + a + "'").toList()), value);
        }
    }

    private double number(String name, String value) {
        if (value == null) {
            return 0;
        }
        try {
            double d = Double.parseDouble(value);
            if (d < 0 || Double.isNaN(d) || Double.isInfinite(d)) {
                error("greater_than_equal", name, "Input should be greater than or equal to 0", value);
                return 0;
            }
            return d;
        } catch (NumberFormatException e) {
            error("float_parsing", name, "Input should be a valid number, unable to parse string as a number", value);
            return 0;
        }
    }

    private long integer(String name, String value, long dflt, long min) {
        if (value == null) {
            return dflt;
        }
        try {
            long v = Long.parseLong(value.trim());
            if (v < min) {
                error("greater_than_equal", name, "Input should be greater than or equal to " + min, value);
                return dflt;
            }
            return v;
        } catch (NumberFormatException e) {
            error("int_parsing", name, "Input should be a valid integer, unable to parse string as an integer", value);
            return dflt;
        }
    }

    private void error(String type, String name, String msg, String input) {
        ObjectNode e = errors.addObject();
        e.put("type", type);
        ArrayNode loc = e.putArray("loc");
        if (name != null) {
            loc.add(name);
        }
        e.put("msg", msg);
        if (input != null) {
            e.put("input", input);
        }
    }
}
