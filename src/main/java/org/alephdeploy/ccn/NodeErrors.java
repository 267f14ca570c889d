package org.alephdeploy.ccn;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alephdeploy.message.NodeErrorCode;

/**
 * What a user reads about a node failure: what happened, why, what to do. The sentences for the
 * node's error codes live with the codes ({@link NodeErrorCode}, docs/PROTOCOL.md P-4.2); this class
 * adds a sentence built from the node's {@code details} where they help, and holds the table for
 * HTTP statuses (P-5).
 */
public final class NodeErrors {
    private static final int MAX_DETAIL = 300;
    private static final Pattern FILE_ON_VM = Pattern.compile("File (\\S+) used on vm (\\S+)");

    private record Entry(String what, String why, String todo) {
    }

    private static final Map<NodeErrorCode, Function<JsonNode, String>> DETAILS = new EnumMap<>(NodeErrorCode.class);
    private static final Map<Integer, Entry> STATUSES = new LinkedHashMap<>();

    static {
        detail(NodeErrorCode.BALANCE_INSUFFICIENT, NodeErrors::balance);
        detail(NodeErrorCode.CREDIT_INSUFFICIENT, NodeErrors::credits);
        detail(NodeErrorCode.STORE_REF_NOT_FOUND, NodeErrors::references);
        detail(NodeErrorCode.VM_REF_NOT_FOUND, NodeErrors::references);
        detail(NodeErrorCode.VM_VOLUME_NOT_FOUND, NodeErrors::references);
        detail(NodeErrorCode.VM_VOLUME_TOO_SMALL, NodeErrors::volumeTooSmall);
        detail(NodeErrorCode.FORGET_TARGET_NOT_FOUND, NodeErrors::targets);
        detail(NodeErrorCode.FORGET_FORGET, NodeErrors::targets);
        detail(NodeErrorCode.FORGET_NOT_ALLOWED, NodeErrors::fileInUse);

        status(400, "The node refused the request as invalid.",
                "A parameter was not in the form the node expects.",
                "Check the hashes and addresses you entered; if they came from Aleph Deploy, report it as a bug.");
        status(402, "The node refused the upload: the address cannot pay for it.",
                "The estimated cost of storing this file is above the address's balance or credits.",
                "Add funds to the address, or upload a smaller file, then try again.");
        status(403, "The node refused the request.",
                "The message's signature is invalid, or this node does not accept this kind of upload (IPFS"
                        + " disabled).",
                "Check that the right wallet signed it, or try another node.");
        status(404, "The node has no such item.",
                "The hash, address or reference is unknown to this node (never sent, deleted, or not yet seen).",
                "Check the hash or address; if you just sent it, wait a moment and look again.");
        status(410, "The item is gone from the node.",
                "It was deleted (forgotten) or removed, so the node no longer serves it.",
                "Nothing can bring it back; re-create it with a new message if you still need it.");
        status(413, "The file is too large for this node.",
                "The node caps upload sizes (see its storage limits).",
                "Use a smaller file, or check the node's limits and split the data.");
        status(422, "The node rejected the message as malformed.",
                "It failed the node's checks before processing: a wrong hash, signature form, size or schema.",
                "Re-create the message with valid settings; if it came from Aleph Deploy unchanged, report it as a bug.");
        status(429, "The node is rate-limiting requests.",
                "Too many requests were sent to it in a short time, and retrying did not help.",
                "Wait a minute and try again, or choose another node.");
        status(500, "The node had an internal error.",
                "Something failed inside the node (for a message: broadcasting it to the network), and"
                        + " retrying did not help.",
                "Try again in a few minutes, or choose another node.");
        status(502, "The node's gateway returned an error.",
                "The node behind its web gateway did not answer properly, and retrying did not help.",
                "Try again in a few minutes, or choose another node.");
        status(503, "The node is temporarily unavailable.",
                "It is overloaded or under maintenance, and retrying did not help.",
                "Try again in a few minutes, or choose another node.");
        status(504, "The node timed out.",
                "Its gateway gave up waiting for the node, and retrying did not help.",
                "Try again in a few minutes, or choose another node.");
    }

    private NodeErrors() {
    }

    /** The explanation of a rejected message's {@code error_code}, enriched with its {@code details}. */
    public static Explanation forErrorCode(int code, JsonNode details) {
        NodeErrorCode e = NodeErrorCode.of(code);
        if (e == null) {
            return new Explanation("The node rejected the message (error code " + code + ").",
                    "This client does not know that code." + space(nodeSays(details)),
                    "Check the message with the node's documentation, or try a newer Aleph Deploy.");
        }
        return new Explanation(e.what(), e.why() + space(DETAILS.getOrDefault(e, NodeErrors::nodeSays).apply(details)),
                e.todo());
    }

    /** The explanation of an HTTP error status, with the node's body text when it says something. */
    public static Explanation forHttpStatus(int status, String body) {
        Entry e = STATUSES.get(status);
        if (e == null && status >= 500 && status < 600) {
            e = STATUSES.get(500);
        }
        String said = bodySays(body);
        if (e == null) {
            return new Explanation("The node answered with an unexpected HTTP status " + status + ".",
                    "This client does not expect that answer here." + space(said),
                    "Try again later or choose another node; if it persists, report it.");
        }
        return new Explanation(e.what(), e.why() + space(said), e.todo());
    }

    /** The explanation when no node gave a usable answer. */
    public static Explanation unreachable(List<String> nodes, String reason) {
        String which = nodes.size() == 1 ? "the node " + nodes.get(0) : "any of the nodes " + String.join(", ", nodes);
        return new Explanation("Could not get an answer from " + which + ".",
                (reason == null || reason.isBlank() ? "Every attempt failed." : reason),
                "Check your internet connection and the node address in the settings, then try again; if the"
                        + " node is down, choose another one.");
    }

    /** The explanation when the node has not processed a message yet. */
    public static Explanation pending(String itemHash) {
        return new Explanation("The node has not finished processing message " + itemHash + ".",
                "It is still pending; its price and outcome are known only once it is processed.",
                "Wait a little and ask again.");
    }

    /** Every node error code the table knows (P-4.2). */
    public static Set<Integer> errorCodes() {
        Set<Integer> codes = new LinkedHashSet<>();
        for (NodeErrorCode c : NodeErrorCode.values()) {
            codes.add(c.code());
        }
        return Collections.unmodifiableSet(codes);
    }

    /** Every HTTP status the table knows. */
    public static Set<Integer> httpStatuses() {
        return Collections.unmodifiableSet(STATUSES.keySet());
    }

    private static void detail(NodeErrorCode code, Function<JsonNode, String> detail) {
        DETAILS.put(code, detail);
    }

    private static void status(int status, String what, String why, String todo) {
        STATUSES.put(status, new Entry(what, why, todo));
    }

    private static String space(String sentence) {
        return sentence == null || sentence.isEmpty() ? "" : " " + sentence;
    }

    private static List<JsonNode> errors(JsonNode details) {
        List<JsonNode> out = new ArrayList<>();
        if (details == null || details.isNull()) {
            return out;
        }
        JsonNode errors = details.isArray() ? details : details.get("errors");
        if (errors != null && errors.isArray()) {
            errors.forEach(out::add);
        } else if (errors != null && !errors.isNull()) {
            out.add(errors);
        }
        return out;
    }

    private static String nodeSays(JsonNode details) {
        List<String> parts = new ArrayList<>();
        for (JsonNode e : errors(details)) {
            parts.add(e.isTextual() ? e.textValue() : e.toString());
        }
        return parts.isEmpty() ? "" : "The node says: " + clip(String.join("; ", parts)) + ".";
    }

    private static String bodySays(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String text = body.strip();
        return "The node says: " + clip(text) + (text.endsWith(".") ? "" : ".");
    }

    private static String balance(JsonNode details) {
        for (JsonNode e : errors(details)) {
            if (e.has("required_balance")) {
                return "It needs " + e.path("required_balance").asText() + " ALEPH and the address has "
                        + e.path("account_balance").asText("?") + " ALEPH.";
            }
        }
        return nodeSays(details);
    }

    private static String credits(JsonNode details) {
        for (JsonNode e : errors(details)) {
            if (e.has("required_credits")) {
                return "It needs " + e.path("required_credits").asText() + " credits and the address has "
                        + e.path("account_credits").asText("?") + ".";
            }
        }
        return nodeSays(details);
    }

    private static String references(JsonNode details) {
        List<String> refs = new ArrayList<>();
        for (JsonNode e : errors(details)) {
            refs.add(e.isTextual() ? e.textValue() : e.toString());
        }
        return refs.isEmpty() ? "" : "Not found: " + clip(String.join(", ", refs)) + ".";
    }

    private static String volumeTooSmall(JsonNode details) {
        for (JsonNode e : errors(details)) {
            if (e.has("volume_size")) {
                return "Volume '" + e.path("volume_name").asText("?") + "' has size " + e.path("volume_size").asText()
                        + " but its parent file " + e.path("parent_ref").asText("?") + " has size "
                        + e.path("parent_size").asText() + ".";
            }
        }
        return nodeSays(details);
    }

    private static String targets(JsonNode details) {
        List<String> hashes = new ArrayList<>();
        for (JsonNode e : errors(details)) {
            if (e.has("message")) {
                hashes.add(e.get("message").asText());
            } else if (e.has("aggregate")) {
                hashes.add("aggregate " + e.get("aggregate").asText());
            } else {
                hashes.add(e.isTextual() ? e.textValue() : e.toString());
            }
        }
        return hashes.isEmpty() ? "" : "Item: " + clip(String.join(", ", hashes)) + ".";
    }

    private static String fileInUse(JsonNode details) {
        List<String> uses = new ArrayList<>();
        for (JsonNode e : errors(details)) {
            String text = e.isTextual() ? e.textValue() : e.toString();
            Matcher m = FILE_ON_VM.matcher(text);
            uses.add(m.find() ? "file " + m.group(1) + " is used by program " + m.group(2) : text);
        }
        return uses.isEmpty() ? "" : "Here " + clip(String.join("; ", uses)) + ".";
    }

    private static String clip(String s) {
        return s.length() <= MAX_DETAIL ? s : s.substring(0, MAX_DETAIL) + "…";
    }
}
