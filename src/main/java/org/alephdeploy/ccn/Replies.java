package org.alephdeploy.ccn;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageFormatException;
import org.alephdeploy.message.MessageStatus;
import org.alephdeploy.message.Times;

/** Reads the node's JSON answers into this package's types, keeping every message envelope as sent. */
final class Replies {
    private Replies() {
    }

    static PostResult postResult(int httpStatus, JsonNode body) {
        JsonNode publication = body.path("publication_status");
        List<String> failed = new ArrayList<>();
        publication.path("failed").forEach(f -> failed.add(f.asText()));
        return new PostResult(httpStatus, MessageStatus.fromWire(text(body, "message_status")),
                text(publication, "status"), failed);
    }

    static MessageRecord messageRecord(JsonNode body) {
        MessageStatus status = MessageStatus.fromWire(text(body, "status"));
        if (status == null) {
            throw new NodeResponse.MalformedBody("the node sent a message without a known status", null);
        }
        JsonNode envelope = status == MessageStatus.PENDING ? body.path("messages").path(0) : body.get("message");
        List<String> forgottenBy = new ArrayList<>();
        body.path("forgotten_by").forEach(h -> forgottenBy.add(h.asText()));
        JsonNode code = body.get("error_code");
        return new MessageRecord(status, text(body, "item_hash"), messageOrNull(envelope),
                code != null && code.canConvertToInt() ? code.intValue() : null, nonNull(body.get("details")),
                forgottenBy, text(body, "reason"), instant(text(body, "reception_time")));
    }

    static MessageStatusInfo statusInfo(JsonNode body) {
        return new MessageStatusInfo(text(body, "item_hash"), MessageStatus.fromWire(text(body, "status")),
                instant(text(body, "reception_time")));
    }

    /**
     * A listing page read straight from the answer's bytes: each message is built as its object
     * is read, with no tree of the page (an inline message's {@code content} copy is skipped).
     */
    static Page<Message> messagePage(NodeResponse r) {
        try (JsonParser p = Json.MAPPER.getFactory().createParser(r.body())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new NodeResponse.MalformedBody("the answer from " + r.node() + " is not a JSON object", null);
            }
            List<Message> items = null;
            JsonNode pageNumber = null;
            JsonNode perPage = null;
            JsonNode total = null;
            String next = null;
            for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
                JsonToken token = p.nextToken();
                switch (key) {
                    case "messages" -> items = token == JsonToken.START_ARRAY ? messages(p) : skip(p);
                    case "pagination_page" -> pageNumber = Json.IN_STREAM.readTree(p);
                    case "pagination_per_page" -> perPage = Json.IN_STREAM.readTree(p);
                    case "pagination_total" -> total = Json.IN_STREAM.readTree(p);
                    case "next_cursor" -> next = token.isScalarValue() && token != JsonToken.VALUE_NULL ? p.getText() : skip(p);
                    default -> p.skipChildren();
                }
            }
            if (p.nextToken() != null) {
                throw new NodeResponse.MalformedBody("the answer from " + r.node() + " has data after its JSON object", null);
            }
            if (items == null) {
                throw new NodeResponse.MalformedBody("the listing has no 'messages' array", null);
            }
            return new Page<>(items, pageNumber == null ? 1 : pageNumber.asInt(1),
                    perPage == null ? items.size() : perPage.asInt(items.size()),
                    total != null && total.isNumber() ? total.longValue() : null, next);
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            throw NodeError.hostileAnswer("JSON beyond the limits on nesting and lengths (" + e.getOriginalMessage() + ")", r.node());
        } catch (IOException e) {
            throw new NodeResponse.MalformedBody("the answer from " + r.node() + " is not complete JSON", e);
        }
    }

    private static List<Message> messages(JsonParser p) throws IOException {
        List<Message> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() == null) {
                throw new IOException("the answer ends inside the 'messages' array");
            }
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw new MessageFormatException("a message must be a JSON object");
            }
            items.add(Message.read(p));
        }
        return items;
    }

    private static <T> T skip(JsonParser p) throws IOException {
        p.skipChildren();
        return null;
    }

    static Page<ForgottenEntry> skeletonPage(JsonNode body) {
        return page(body, Replies::skeleton);
    }

    private static <T> Page<T> page(JsonNode body, Function<JsonNode, T> item) {
        JsonNode messages = body.get("messages");
        if (messages == null || !messages.isArray()) {
            throw new NodeResponse.MalformedBody("the listing has no 'messages' array", null);
        }
        List<T> items = new ArrayList<>(messages.size());
        messages.forEach(m -> items.add(item.apply(m)));
        JsonNode total = body.get("pagination_total");
        return new Page<>(items, body.path("pagination_page").asInt(1), body.path("pagination_per_page").asInt(items.size()),
                total != null && total.isNumber() ? total.longValue() : null, text(body, "next_cursor"));
    }

    static ForgottenEntry skeleton(JsonNode n) {
        List<String> forgottenBy = new ArrayList<>();
        n.path("forgotten_by").forEach(h -> forgottenBy.add(h.asText()));
        JsonNode size = n.get("size");
        return new ForgottenEntry(text(n, "item_hash"), text(n, "type"), text(n, "sender"), text(n, "chain"),
                text(n, "channel"), time(n.get("time")), text(n, "owner"), text(n, "payment_type"),
                size != null && size.isNumber() ? size.longValue() : null, text(n, "forgotten_at"),
                MessageStatus.fromWire(text(n, "status")), forgottenBy, n.isObject() ? ((ObjectNode) n).deepCopy() : Json.object());
    }

    static FileRef fileRef(JsonNode n) {
        return new FileRef(text(n, "ref"), text(n, "owner"), text(n, "file_hash"), text(n, "download_url"), longOrNull(n, "size"));
    }

    static FileMetadata fileMetadata(JsonNode n) {
        return new FileMetadata(text(n, "file_hash"), text(n, "type"), longOrNull(n, "size"), text(n, "download_url"));
    }

    static StorageLimits limits(JsonNode n) {
        JsonNode s = n.path("storage");
        JsonNode i = n.path("ipfs");
        return new StorageLimits(longOrNull(s, "max_file_size"), longOrNull(s, "max_unauthenticated_upload_file_size"),
                longOrNull(i, "max_upload_file_size"), longOrNull(i, "max_upload_car_size"),
                longOrNull(i, "max_unauthenticated_upload_file_size"));
    }

    static AddressFiles addressFiles(JsonNode n) {
        List<AddressFiles.File> files = new ArrayList<>();
        for (JsonNode f : n.path("files")) {
            String created = text(f, "created");
            files.add(new AddressFiles.File(text(f, "file_hash"), longOrNull(f, "size"), text(f, "type"), created,
                    instant(created), text(f, "item_hash")));
        }
        return new AddressFiles(text(n, "address"), n.path("total_size").asLong(), files, n.path("pagination_page").asInt(1),
                n.path("pagination_total").asLong(files.size()), n.path("pagination_per_page").asInt(files.size()));
    }

    static Balance balance(JsonNode n) {
        Map<String, BigDecimal> details = new LinkedHashMap<>();
        JsonNode d = n.get("details");
        if (d != null && d.isObject()) {
            d.fields().forEachRemaining(e -> {
                BigDecimal v = decimal(e.getValue());
                if (v != null) {
                    details.put(e.getKey(), v);
                }
            });
        }
        return new Balance(text(n, "address"), zeroIfNull(decimal(n.get("balance"))),
                zeroIfNull(decimal(n.get("locked_amount"))), zeroIfNull(decimal(n.get("credit_balance"))), details,
                nonNull(n.get("credit_balance_details")));
    }

    static Price price(JsonNode n) {
        return new Price(decimal(n.get("required_tokens")), text(n, "payment_type"), decimal(n.get("cost")),
                nonNull(n.get("detail")), text(n, "charged_address"));
    }

    static AddressCosts costs(JsonNode n) {
        JsonNode summary = n.path("summary");
        List<AddressCosts.Resource> resources = new ArrayList<>();
        for (JsonNode r : n.path("resources")) {
            resources.add(new AddressCosts.Resource(text(r, "item_hash"), text(r, "payment_type"), zero(decimal(r.get("cost_hold"))),
                    zero(decimal(r.get("cost_credit")))));
        }
        return new AddressCosts(text(n.path("filters"), "payment_type"), zero(decimal(summary.get("total_cost_hold"))),
                zero(decimal(summary.get("total_cost_credit"))), summary.path("total_consumed_credits").asLong(0), resources);
    }

    private static BigDecimal zero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    static Aggregates aggregates(JsonNode n) {
        JsonNode data = n.get("data");
        JsonNode info = n.get("info");
        return new Aggregates(text(n, "address"), data != null && data.isObject() ? (ObjectNode) data : Json.object(),
                info != null && info.isObject() ? (ObjectNode) info : Json.object());
    }

    static String text(JsonNode n, String key) {
        JsonNode v = n == null ? null : n.get(key);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    static Long longOrNull(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v != null && v.isNumber() ? v.longValue() : null;
    }

    static BigDecimal decimal(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return v.decimalValue();
        }
        if (v.isTextual()) {
            try {
                return new BigDecimal(v.textValue().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static BigDecimal zeroIfNull(BigDecimal d) {
        return d == null ? BigDecimal.ZERO : d;
    }

    private static BigDecimal time(JsonNode v) {
        if (v != null && v.isTextual()) {
            return Times.parseIso(v.textValue());
        }
        return decimal(v);
    }

    static Instant instant(String iso) {
        if (iso == null) {
            return null;
        }
        BigDecimal seconds = Times.parseIso(iso);
        return seconds == null ? null : Times.toInstant(seconds);
    }

    private static JsonNode nonNull(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() ? null : n;
    }

    private static Message messageOrNull(JsonNode envelope) {
        if (envelope == null || !envelope.isObject()) {
            return null;
        }
        try {
            return Message.of(envelope);
        } catch (MessageFormatException e) {
            return null;
        }
    }
}
