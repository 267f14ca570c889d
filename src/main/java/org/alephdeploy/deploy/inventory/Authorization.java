package org.alephdeploy.deploy.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.alephdeploy.message.Addresses;

/**
 * One entry of an owner's {@code security} aggregate: {@code delegate} may post on behalf of
 * {@code owner}, optionally only on some chain, channels and message types (docs/PROTOCOL.md P-3.7).
 * Empty lists mean "any".
 */
public record Authorization(String owner, String delegate, String chain, List<String> channels, List<String> types) {
    public Authorization {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(delegate, "delegate");
        channels = channels == null ? List.of() : List.copyOf(channels);
        types = types == null ? List.of() : List.copyOf(types);
    }

    /** The node's matching rule for one entry (post_types and aggregate_keys do not concern STORE, PROGRAM, FORGET). */
    public boolean allows(String sender, String messageType, String messageChain, String channel) {
        if (!Addresses.sameAddress(delegate, sender)) {
            return false;
        }
        if (chain != null && !chain.equals(messageChain)) {
            return false;
        }
        if (!channels.isEmpty() && (channel == null || !channels.contains(channel))) {
            return false;
        }
        return types.isEmpty() || types.contains(messageType);
    }

    /** The entries of a {@code security} aggregate value ({@code {"authorizations": [...]}}) of {@code owner}. */
    public static List<Authorization> fromSecurityAggregate(String owner, JsonNode value) {
        List<Authorization> out = new ArrayList<>();
        for (JsonNode e : value.path("authorizations")) {
            if (!e.path("address").isTextual()) {
                continue;
            }
            String chain = e.path("chain").isTextual() ? e.get("chain").textValue() : null;
            out.add(new Authorization(owner, e.get("address").textValue(), chain, texts(e.path("channels")), texts(e.path("types"))));
        }
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }
}
