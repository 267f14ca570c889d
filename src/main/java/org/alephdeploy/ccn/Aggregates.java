package org.alephdeploy.ccn;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code GET /api/v0/aggregates/{address}.json}: {@code data} maps keys to their merged values. */
public record Aggregates(String address, ObjectNode data, ObjectNode info) {
}
