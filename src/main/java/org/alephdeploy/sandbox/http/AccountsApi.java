package org.alephdeploy.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.undertow.server.HttpServerExchange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.alephdeploy.message.ItemHashes;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.MessageFormatException;
import org.alephdeploy.sandbox.rules.CostRules;
import org.alephdeploy.sandbox.rules.MessageCosts;
import org.alephdeploy.sandbox.store.AggregateTable;
import org.alephdeploy.sandbox.store.Balances;
import org.alephdeploy.sandbox.store.FileTable;
import org.alephdeploy.sandbox.store.MessageRow;
import org.alephdeploy.sandbox.store.Messages;

/** Balances, files of an address, aggregates, prices, version (docs/PROTOCOL.md P-5.8, P-5.9). */
final class AccountsApi {
    private final NodeServices node;

    AccountsApi(NodeServices node) {
        this.node = node;
    }

    void register(Router r) {
        r.add("GET", "/api/v0/addresses/([^/]+)/balance", this::balance);
        r.add("GET", "/api/v0/addresses/([^/]+)/files", this::files);
        r.add("GET", "/api/v0/aggregates/([^/]+)\\.json", this::aggregates);
        r.add("GET", "/api/v0/price/([^/]+)", this::price);
        r.add("POST", "/api/v0/price/estimate", (ex, m) -> estimate(ex));
        r.add("GET", "/api/v0/costs", (ex, m) -> costs(ex));
        r.add("GET", "/api/v0/version|/version", (ex, m) -> Http.json(ex, 200, Json.object().put("version", node.version())));
    }

    private void balance(HttpServerExchange ex, Matcher m) {
        String address = m.group(1);
        Balances.Account account = node.db().tx(c -> {
            node.pipeline().spending().settle(c, address);
            return node.pipeline().balanceMode().account(c, address);
        });
        BigDecimal locked = node.db().tx(c -> Balances.lockedHold(c, address));
        ObjectNode o = Json.object();
        o.put("address", address);
        o.put("balance", account.balance().doubleValue());
        ObjectNode details = o.putObject("details");
        if (account.balance().signum() > 0) {
            details.put("ETH", account.balance().doubleValue());
        }
        o.put("locked_amount", locked.doubleValue());
        o.put("credit_balance", account.credits());
        if ("true".equalsIgnoreCase(Http.param(ex, "include_credit_details"))) {
            ArrayNode credits = o.putArray("credit_balance_details");
            if (account.credits() > 0) {
                credits.addObject().putNull("expiration_date").put("amount", account.credits());
            }
        } else {
            o.putNull("credit_balance_details");
        }
        Http.json(ex, 200, o);
    }

    private void files(HttpServerExchange ex, Matcher m) throws BadRequest {
        String address = m.group(1);
        int pagination = MessagesApi.intParam(ex, "pagination", 100, 0);
        int page = MessagesApi.intParam(ex, "page", 1, 1);
        String order = Http.param(ex, "sort_order", "sortOrder");
        boolean descending = !"1".equals(order);
        String fileHash = Http.param(ex, "file_hash");
        List<FileTable.Pin> pins = node.db().tx(c -> FileTable.pinsOf(c, address, descending, 0, 0));
        if (fileHash != null) {
            pins = pins.stream().filter(p -> p.fileHash().equals(fileHash)).toList();
        }
        if (pins.isEmpty()) {
            throw new BadRequest(404, "No files found for address " + address);
        }
        long total = pins.size();
        long totalSize = node.db().tx(c -> FileTable.totalSizeOf(c, address));
        List<FileTable.Pin> pagePins = pagination == 0 ? pins
                : pins.subList(Math.min(pins.size(), (page - 1) * pagination), Math.min(pins.size(), page * pagination));
        ObjectNode o = Json.object();
        o.put("address", address);
        o.put("total_size", totalSize);
        ArrayNode files = o.putArray("files");
        for (FileTable.Pin p : pagePins) {
            long size = node.db().tx(c -> FileTable.file(c, p.fileHash())).map(FileTable.FileRow::size).orElse(0L);
            files.addObject().put("file_hash", p.fileHash()).put("size", size).put("type", "file")
                    .put("created", Views.iso(p.created())).put("item_hash", p.itemHash());
        }
        o.put("pagination_page", page);
        o.put("pagination_total", total);
        o.put("pagination_per_page", pagination);
        Http.json(ex, 200, o);
    }

    private void aggregates(HttpServerExchange ex, Matcher m) throws BadRequest {
        String address = m.group(1);
        List<String> keys = Http.list(ex, "keys");
        List<AggregateTable.Merged> all = node.db().tx(c -> AggregateTable.of(c, address));
        ObjectNode data = Json.object();
        ObjectNode info = Json.object();
        for (AggregateTable.Merged a : all) {
            if (keys.isEmpty() || keys.contains(a.key())) {
                data.set(a.key(), a.content());
                ObjectNode i = info.putObject(a.key());
                i.put("last_updated", Views.iso(a.lastTime()));
            }
        }
        if (data.isEmpty()) {
            throw new BadRequest(404, "No aggregate found for this address");
        }
        if ("true".equalsIgnoreCase(Http.param(ex, "value_only")) && keys.size() == 1) {
            Http.json(ex, 200, data.get(keys.get(0)));
            return;
        }
        ObjectNode o = Json.object();
        o.put("address", address);
        o.set("data", data);
        if ("true".equalsIgnoreCase(Http.param(ex, "with_info"))) {
            o.set("info", info);
        }
        Http.json(ex, 200, o);
    }

    private void price(HttpServerExchange ex, Matcher m) throws BadRequest {
        String hash = m.group(1);
        if (!ItemHashes.isItemHash(hash)) {
            throw new BadRequest(400, "Invalid message hash: " + hash);
        }
        Optional<MessageRow> row = node.db().tx(c -> Messages.get(c, hash));
        if (row.isEmpty()) {
            throw new BadRequest(404, "Message not found with hash: " + hash);
        }
        MessageRow r = row.get();
        if (r.is(MessageRow.REJECTED)) {
            throw new BadRequest(404, "This message was rejected: " + hash);
        }
        if (r.is(MessageRow.PENDING)) {
            // The reference node answers 102 here; a 1xx final answer hangs HTTP clients, so the sandbox says 202.
            throw new BadRequest(202, "Message still pending: " + hash);
        }
        if (r.is(MessageRow.FORGOTTEN) || r.is(MessageRow.REMOVED)) {
            throw new BadRequest(410, "This message has been " + r.status() + ": " + hash);
        }
        if (!List.of("PROGRAM", "INSTANCE", "STORE").contains(r.type())) {
            throw new BadRequest(400, "Message is not an executable or store message: " + hash);
        }
        ObjectNode content = r.content();
        String payment = CostRules.paymentType(content);
        CostRules.Cost cost = node.db().tx(c -> {
            List<Balances.CostRow> rows = Balances.costRows(c, hash);
            return rows.isEmpty() ? MessageCosts.of(c, r.type(), content, false) : MessageCosts.fromRows(payment, rows);
        });
        boolean withSize = "true".equalsIgnoreCase(Http.param(ex, "include_size"));
        Http.json(ex, 200, PriceViews.price(cost, content.path("address").asText(r.owner()), withSize));
    }

    private void estimate(HttpServerExchange ex) throws Exception {
        JsonNode body;
        try {
            body = Json.parse(new String(Http.body(ex, 4L * 1024 * 1024), StandardCharsets.UTF_8));
        } catch (MessageFormatException e) {
            throw new BadRequest(422, "Invalid JSON body");
        }
        JsonNode msg = body.path("message");
        String type = msg.path("type").asText("");
        if (!List.of("PROGRAM", "INSTANCE", "STORE").contains(type)) {
            throw new BadRequest(400, "Message type " + type + " has no price");
        }
        ObjectNode parsed;
        try {
            parsed = msg.path("item_content").isTextual() ? Json.parseObject(msg.get("item_content").textValue())
                    : msg.path("content").isObject() ? (ObjectNode) msg.get("content") : null;
        } catch (MessageFormatException e) {
            parsed = null;
        }
        final ObjectNode content = parsed;
        if (content == null) {
            throw new BadRequest(422, "The message has no content to price");
        }
        CostRules.Cost cost = node.db().tx(c -> MessageCosts.of(c, type, content, true));
        Http.json(ex, 200, PriceViews.price(cost, content.path("address").asText(msg.path("sender").asText()), true));
    }

    private void costs(HttpServerExchange ex) throws BadRequest {
        String address = Http.param(ex, "address");
        String itemHash = Http.param(ex, "item_hash");
        String paymentType = Http.param(ex, "payment_type");
        if (paymentType == null) {
            paymentType = "credit";
        }
        if (!List.of("hold", "superfluid", "credit").contains(paymentType)) {
            throw new BadRequest(422, "payment_type must be one of hold, superfluid, credit");
        }
        int details = MessagesApi.intParam(ex, "include_details", 0, 0);
        if (details > 2) {
            throw new BadRequest(422, "include_details must be 0, 1 or 2");
        }
        if (details == 2 && address == null && itemHash == null) {
            throw new BadRequest(422, "include_details=2 requires at least one of 'address' or 'item_hash' filters to avoid "
                    + "fetching breakdowns for all resources");
        }
        int pagination = MessagesApi.intParam(ex, "pagination", 100, 10);
        int page = MessagesApi.intParam(ex, "page", 1, 1);
        String type = paymentType;
        ObjectNode answer = node.db().tx(c -> {
            if (address != null) {
                node.pipeline().spending().settle(c, address);
            }
            List<Balances.MessageCost> all = Balances.messageCosts(c, address, type).stream()
                    .filter(mc -> itemHash == null || mc.itemHash().equals(itemHash)).toList();
            long consumed = address == null ? 0 : Balances.spending(c, address).map(Balances.Spending::spent).orElse(BigDecimal.ZERO)
                    .setScale(0, RoundingMode.FLOOR).longValue();
            return PriceViews.costs(c, all, address, itemHash, type, consumed, details, page, pagination);
        });
        Http.json(ex, 200, answer);
    }
}
