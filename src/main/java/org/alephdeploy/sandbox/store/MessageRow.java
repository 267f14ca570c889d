package org.alephdeploy.sandbox.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.alephdeploy.message.Json;

/** One row of the messages table: a message in any status, with the envelope as received. */
public record MessageRow(
        String itemHash,
        String status,
        String type,
        String chain,
        String sender,
        String channel,
        Double time,
        String itemType,
        String envelopeJson,
        String contentJson,
        String owner,
        String paymentType,
        Long size,
        double receptionTime,
        Long seq,
        Integer errorCode,
        String detailsJson,
        String forgottenByJson,
        Double forgottenAt) {

    public static final String PENDING = "pending";
    public static final String PROCESSED = "processed";
    public static final String REJECTED = "rejected";
    public static final String FORGOTTEN = "forgotten";
    public static final String REMOVING = "removing";
    public static final String REMOVED = "removed";

    public ObjectNode envelope() {
        return Json.parseObject(envelopeJson);
    }

    /** The stored content (raw, back-filled), or null before processing. */
    public ObjectNode content() {
        return contentJson == null ? null : Json.parseObject(contentJson);
    }

    public JsonNode details() {
        return detailsJson == null ? null : Json.parse(detailsJson);
    }

    public JsonNode forgottenBy() {
        return forgottenByJson == null ? Json.array() : Json.parse(forgottenByJson);
    }

    public boolean is(String s) {
        return status.equals(s);
    }
}
