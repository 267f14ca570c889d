package org.alephdeploy.ccn;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one table from node error codes (docs/PROTOCOL.md P-4.2) and HTTP statuses (P-5) to what a user
 * reads: what happened, why, what to do. Where the node's {@code details} help, a sentence built
 * from them is added to the "why".
 */
public final class NodeErrors {
    private static final int MAX_DETAIL = 300;
    private static final Pattern FILE_ON_VM = Pattern.compile("File (\\S+) used on vm (\\S+)");

    private record Entry(String what, String why, String todo, Function<JsonNode, String> detail) {
    }

    private static final Map<Integer, Entry> CODES = new LinkedHashMap<>();
    private static final Map<Integer, Entry> STATUSES = new LinkedHashMap<>();

    static {
        code(-1, "The node failed while processing the message.",
                "An unexpected error happened inside the node; it retried several times and gave up.",
                "Send the change again in a few minutes; if it keeps failing, try another node.",
                NodeErrors::nodeSays);
        code(0, "The node rejected the message as malformed.",
                "Its content does not match the schema the network expects.",
                "Check the settings you entered (names, sizes, references) and try again; if the message came"
                        + " from Aleph Deploy unchanged, report it as a bug.",
                NodeErrors::nodeSays);
        code(1, "The node rejected the message's signature.",
                "The signature is missing or was not made by the sender address.",
                "Sign again with the wallet whose address is the sender, and check that the right wallet is selected.",
                NodeErrors::nodeSays);
        code(2, "The node refused the message: the signer is not allowed to do this.",
                "The signing address is not authorised to act for the owner address, or the file tag belongs to"
                        + " another address.",
                "Sign with the owner's wallet, or have the owner grant this address permission (security"
                        + " aggregate), then try again.",
                NodeErrors::nodeSays);
        code(3, "The node could not find the message's content.",
                "The content is stored outside the message (storage or IPFS) and the node could not retrieve it,"
                        + " even after retrying for several minutes.",
                "Upload the content again so the node has it, then send the message again.",
                NodeErrors::nodeSays);
        code(4, "The node could not retrieve the file this STORE message points to.",
                "The file was not uploaded to this node, or its IPFS content could not be found.",
                "Upload the file again (Aleph Deploy uploads before it posts), then send the STORE message again.",
                NodeErrors::nodeSays);
        code(5, "The node refused the message: the address does not hold enough ALEPH.",
                "Holding this resource requires a larger ALEPH balance than the address has left after what its"
                        + " other resources already lock.",
                "Add ALEPH to the address, or delete resources you no longer need, then try again.",
                NodeErrors::balance);
        code(6, "The node refused the message: the address does not have enough credits.",
                "Credit-paid resources need at least one day of credits in advance, and the balance is lower.",
                "Buy or transfer credits to the address, or delete resources you no longer need, then try again.",
                NodeErrors::credits);
        code(100, "The post amendment was rejected.",
                "An amending POST must name the post it amends in 'ref', and this one has none.",
                "Set 'ref' to the original post's hash and send it again.",
                NodeErrors::nodeSays);
        code(101, "The post amendment was rejected: the post it amends was not found.",
                "The node never found the post named in 'ref', even after retrying.",
                "Check the hash, make sure the original post is processed, then send the amendment again.",
                NodeErrors::nodeSays);
        code(102, "The post amendment was rejected: it amends another amendment.",
                "Amendments must point to the original post, not to an earlier amendment.",
                "Set 'ref' to the original post's hash and send it again.",
                NodeErrors::nodeSays);
        code(200, "The file update was rejected: the file it updates was not found.",
                "Its 'ref' names a STORE message the node does not hold as a live file (never processed, or"
                        + " deleted).",
                "Point the update at the original STORE message of a file that still exists; if that file was"
                        + " deleted, upload it as a new file instead.",
                NodeErrors::references);
        code(201, "The file update was rejected: it updates another update.",
                "Its 'ref' points to a STORE message that is itself a revision; revisions must always point to"
                        + " the original STORE message.",
                "Use the original STORE message hash as 'ref' (Aleph Deploy does this when it updates volumes).",
                NodeErrors::nodeSays);
        code(202, "The node refused the payment method.",
                "Since the network's cut-off dates this kind of resource must be paid with credits; holding"
                        + " tokens is no longer accepted for it.",
                "Choose credit payment, make sure the address has enough credits, and try again.",
                NodeErrors::nodeSays);
        code(300, "The program amendment was rejected: the program it replaces was not found.",
                "The hash in 'replaces' is not an existing program on the node (never created, deleted, or an"
                        + " instance).",
                "Check that the original program still exists; if it was deleted, create a new program instead.",
                NodeErrors::references);
        code(301, "The program was rejected because a volume it uses is missing.",
                "The node could not resolve its code, runtime or volume references; with 'use_latest' a reference"
                        + " must be the original STORE message hash, never a file hash.",
                "Upload the missing files or fix the references, then create the program again.",
                NodeErrors::references);
        code(302, "The program was not changed.",
                "It was created with allow_amend false, so the network refuses amendments to it.",
                "Delete and re-create it instead (Aleph Deploy's recreate wizard does this safely).",
                NodeErrors::nodeSays);
        code(303, "The program amendment was rejected: it amends another amendment.",
                "The program named in 'replaces' is itself an amendment.",
                "Amend the original program, or delete and re-create it.",
                NodeErrors::nodeSays);
        code(304, "The program was rejected: a persistent volume is too small.",
                "A persistent volume must be at least as large as the file it starts from.",
                "Increase the volume's size and create the program again.",
                NodeErrors::volumeTooSmall);
        code(500, "The delete request was rejected: it names nothing to delete.",
                "A FORGET message needs at least one message hash or aggregate.",
                "Select at least one item to delete and try again.",
                NodeErrors::nodeSays);
        code(501, "The delete request was rejected: an item to delete was not found.",
                "The node does not know one of the items, or it was still being processed when the delete arrived.",
                "Wait until the items are processed (or check their hashes), then delete again.",
                NodeErrors::targets);
        code(502, "The delete request was rejected: it targets another delete request.",
                "FORGET messages cannot themselves be deleted.",
                "Remove the FORGET message from the selection and try again.",
                NodeErrors::targets);
        code(503, "The delete request was rejected: a file is still in use by a program.",
                "The network refuses to delete a file that a live program uses as its code, runtime or volume,"
                        + " and rejects the whole request.",
                "Delete the programs that use the file first, wait until they are gone, then delete the file.",
                NodeErrors::fileInUse);
        code(504, "The message was refused because it had already been deleted.",
                "This exact message hash was deleted (forgotten) earlier, and a deleted hash can never come back.",
                "Create a new message instead (a new time gives a new hash); Aleph Deploy's recreate does this.",
                NodeErrors::nodeSays);

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
        Entry e = CODES.get(code);
        if (e == null) {
            return new Explanation("The node rejected the message (error code " + code + ").",
                    "This client does not know that code." + space(nodeSays(details)),
                    "Check the message with the node's documentation, or try a newer Aleph Deploy.");
        }
        return new Explanation(e.what(), e.why() + space(e.detail().apply(details)), e.todo());
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
        return Collections.unmodifiableSet(CODES.keySet());
    }

    /** Every HTTP status the table knows. */
    public static Set<Integer> httpStatuses() {
        return Collections.unmodifiableSet(STATUSES.keySet());
    }

    private static void code(int code, String what, String why, String todo, Function<JsonNode, String> detail) {
        CODES.put(code, new Entry(what, why, todo, detail));
    }

    private static void status(int status, String what, String why, String todo) {
        STATUSES.put(status, new Entry(what, why, todo, d -> ""));
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
