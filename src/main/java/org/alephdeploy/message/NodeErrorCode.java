package org.alephdeploy.message;

/**
 * The node's error codes for a rejected message ({@code error_code}, docs/PROTOCOL.md P-4.2) and the
 * words for each: the one place the client, the deploy engine and the CLI read them from (the
 * sandbox keeps its own copy on purpose, sandbox.rules.ErrorCode). {@link #phrase()} completes
 * "rejected: …"; {@link #what()}, {@link #why()} and {@link #todo()} are the three sentences a user
 * reads.
 */
public enum NodeErrorCode {
    INTERNAL_ERROR(-1, true, "the node failed internally while processing it",
            "The node failed while processing the message.",
            "An unexpected error happened inside the node; it retried several times and gave up.",
            "Send the change again in a few minutes; if it keeps failing, try another node."),
    INVALID_FORMAT(0, false, "its content does not match the schema",
            "The node rejected the message as malformed.",
            "Its content does not match the schema the network expects.",
            "Check the settings you entered (names, sizes, references) and try again; if the message came"
                    + " from Aleph Deploy unchanged, report it as a bug."),
    INVALID_SIGNATURE(1, false, "its signature is invalid",
            "The node rejected the message's signature.",
            "The signature is missing or was not made by the sender address.",
            "Sign again with the wallet whose address is the sender, and check that the right wallet is selected."),
    PERMISSION_DENIED(2, false, "the sender is not authorised for this owner",
            "The node refused the message: the signer is not allowed to do this.",
            "The signing address is not authorised to act for the owner address, or the file tag belongs to"
                    + " another address.",
            "Sign with the owner's wallet, or have the owner grant this address permission (security"
                    + " aggregate), then try again."),
    CONTENT_UNAVAILABLE(3, true, "its content could not be fetched",
            "The node could not find the message's content.",
            "The content is stored outside the message (storage or IPFS) and the node could not retrieve it,"
                    + " even after retrying for several minutes.",
            "Upload the content again so the node has it, then send the message again."),
    FILE_UNAVAILABLE(4, true, "its file could not be fetched",
            "The node could not retrieve the file this STORE message points to.",
            "The file was not uploaded to this node, or its IPFS content could not be found.",
            "Upload the file again (Aleph Deploy uploads before it posts), then send the STORE message again."),
    BALANCE_INSUFFICIENT(5, false, "the ALEPH balance is too low",
            "The node refused the message: the address does not hold enough ALEPH.",
            "Holding this resource requires a larger ALEPH balance than the address has left after what its"
                    + " other resources already lock.",
            "Add ALEPH to the address, or delete resources you no longer need, then try again."),
    CREDIT_INSUFFICIENT(6, false, "the credit balance is too low",
            "The node refused the message: the address does not have enough credits.",
            "Credit-paid resources need at least one day of credits in advance, and the balance is lower.",
            "Buy or transfer credits to the address, or delete resources you no longer need, then try again."),
    POST_AMEND_NO_TARGET(100, false, "it amends a post without naming it",
            "The post amendment was rejected.",
            "An amending POST must name the post it amends in 'ref', and this one has none.",
            "Set 'ref' to the original post's hash and send it again."),
    POST_AMEND_TARGET_NOT_FOUND(101, true, "the post it amends does not exist",
            "The post amendment was rejected: the post it amends was not found.",
            "The node never found the post named in 'ref', even after retrying.",
            "Check the hash, make sure the original post is processed, then send the amendment again."),
    POST_AMEND_AMEND(102, false, "it amends an amendment instead of the original post",
            "The post amendment was rejected: it amends another amendment.",
            "Amendments must point to the original post, not to an earlier amendment.",
            "Set 'ref' to the original post's hash and send it again."),
    STORE_REF_NOT_FOUND(200, true, "the STORE it revises does not exist",
            "The file update was rejected: the file it updates was not found.",
            "Its 'ref' names a STORE message the node does not hold as a live file (never processed, or"
                    + " deleted).",
            "Point the update at the original STORE message of a file that still exists; if that file was"
                    + " deleted, upload it as a new file instead."),
    STORE_UPDATE_UPDATE(201, false, "it revises a revision instead of the original STORE",
            "The file update was rejected: it updates another update.",
            "Its 'ref' points to a STORE message that is itself a revision; revisions must always point to"
                    + " the original STORE message.",
            "Use the original STORE message hash as 'ref' (Aleph Deploy does this when it updates volumes)."),
    INVALID_PAYMENT_METHOD(202, false, "its payment type is no longer accepted (credit only)",
            "The node refused the payment method.",
            "Since the network's cut-off dates this kind of resource must be paid with credits; holding"
                    + " tokens is no longer accepted for it.",
            "Choose credit payment, make sure the address has enough credits, and try again."),
    VM_REF_NOT_FOUND(300, true, "the program it amends does not exist",
            "The program amendment was rejected: the program it replaces was not found.",
            "The hash in 'replaces' is not an existing program on the node (never created, deleted, or an"
                    + " instance).",
            "Check that the original program still exists; if it was deleted, create a new program instead."),
    VM_VOLUME_NOT_FOUND(301, true, "a code, runtime or volume reference cannot be resolved",
            "The program was rejected because a volume it uses is missing.",
            "The node could not resolve its code, runtime or volume references; with 'use_latest' a reference"
                    + " must be the original STORE message hash, never a file hash.",
            "Upload the missing files or fix the references, then create the program again."),
    VM_AMEND_NOT_ALLOWED(302, false, "the program it amends does not allow amends",
            "The program was not changed.",
            "It was created with allow_amend false, so the network refuses amendments to it.",
            "Delete and re-create it instead (Aleph Deploy's recreate wizard does this safely)."),
    VM_UPDATE_UPDATE(303, false, "it amends an amendment instead of the original program",
            "The program amendment was rejected: it amends another amendment.",
            "The program named in 'replaces' is itself an amendment.",
            "Amend the original program, or delete and re-create it."),
    VM_VOLUME_TOO_SMALL(304, false, "a persistent volume is smaller than its parent",
            "The program was rejected: a persistent volume is too small.",
            "A persistent volume must be at least as large as the file it starts from.",
            "Increase the volume's size and create the program again."),
    FORGET_NO_TARGET(500, false, "it names nothing to forget",
            "The delete request was rejected: it names nothing to delete.",
            "A FORGET message needs at least one message hash or aggregate.",
            "Select at least one item to delete and try again."),
    FORGET_TARGET_NOT_FOUND(501, true, "a message it forgets does not exist or is still pending",
            "The delete request was rejected: an item to delete was not found.",
            "The node does not know one of the items, or it was still being processed when the delete arrived.",
            "Wait until the items are processed (or check their hashes), then delete again."),
    FORGET_FORGET(502, false, "it tries to forget a FORGET",
            "The delete request was rejected: it targets another delete request.",
            "FORGET messages cannot themselves be deleted.",
            "Remove the FORGET message from the selection and try again."),
    FORGET_NOT_ALLOWED(503, false, "a STORE it forgets is still used by a program",
            "The delete request was rejected: a file is still in use by a program.",
            "The network refuses to delete a file that a live program uses as its code, runtime or volume,"
                    + " and rejects the whole request.",
            "Delete the programs that use the file first, wait until they are gone, then delete the file."),
    FORGOTTEN_DUPLICATE(504, false, "it arrived after its hash was forgotten",
            "The message was refused because it had already been deleted.",
            "This exact message hash was deleted (forgotten) earlier, and a deleted hash can never come back.",
            "Create a new message instead (a new time gives a new hash); Aleph Deploy's recreate does this.");

    private final int code;
    private final boolean retried;
    private final String phrase;
    private final String what;
    private final String why;
    private final String todo;

    NodeErrorCode(int code, boolean retried, String phrase, String what, String why, String todo) {
        this.code = code;
        this.retried = retried;
        this.phrase = phrase;
        this.what = what;
        this.why = why;
        this.todo = todo;
    }

    /** The number on the wire. */
    public int code() {
        return code;
    }

    /** True when the node retries before it rejects (the code appears only once retries ran out). */
    public boolean retried() {
        return retried;
    }

    /** A lowercase clause that completes "rejected: …". */
    public String phrase() {
        return phrase;
    }

    public String what() {
        return what;
    }

    public String why() {
        return why;
    }

    public String todo() {
        return todo;
    }

    /** The code with this number, null for a number this client does not know. */
    public static NodeErrorCode of(int code) {
        for (NodeErrorCode c : values()) {
            if (c.code == code) {
                return c;
            }
        }
        return null;
    }
}
