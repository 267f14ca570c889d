package org.alephdeploy.deploy.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.alephdeploy.deploy.inventory.ProgramView;
import org.alephdeploy.deploy.outcome.OperationStatus;
import org.alephdeploy.deploy.outcome.RunOutcome;
import org.alephdeploy.deploy.plan.HashSource;
import org.alephdeploy.deploy.plan.Step;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageType;

/** Describes an operation's state in words: steps done and remaining, what it put on the node, how to go back. */
final class Situation {
    private Situation() {
    }

    static RunOutcome of(Operation op, OperationStatus status, String words) {
        List<String> done = new ArrayList<>();
        List<String> remaining = new ArrayList<>();
        for (Step s : op.plan().steps()) {
            String line = (s.index() + 1) + ". " + s.words();
            String result = op.results().get(s.index());
            if (op.stepDone(s.index())) {
                done.add(result == null ? line : line + " → " + result);
            } else {
                remaining.add(line);
            }
        }
        return new RunOutcome(op.id(), status, words, op.errorCode(), op.stopKind() == Operation.StopKind.UNREACHABLE, done,
                remaining, onNode(op), howToGoBack(op), op.checks(), op.results());
    }

    /** Every message this operation sent (or signed and may have sent), in step order. */
    static List<String> onNode(Operation op) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<Integer, Message> e : op.signed().entrySet()) {
            Message m = e.getValue();
            String state = op.posted(e.getKey()) || op.stepDone(e.getKey()) ? "sent" : "signed, maybe sent";
            String what = switch (m.type()) {
                case PROGRAM -> "new program " + m.itemHash() + " (" + ProgramView.urlOf(m.itemHash()) + ")";
                case STORE -> m.content().hasNonNull("ref") ? "revision " + m.itemHash() + " of volume " + m.content().get("ref").asText()
                        : "new volume " + m.itemHash();
                case FORGET -> "FORGET " + m.itemHash() + " of " + m.content().path("hashes");
                default -> m.type().wire() + " " + m.itemHash();
            };
            out.add(what + " — " + state);
        }
        op.uploads().forEach((step, hash) -> out.add("file " + hash + " uploaded (kept by the node only while a STORE pins it, "
                + "or 24 h)"));
        return out;
    }

    /** True when the node rejected this FORGET (the run stopped on the wait that follows it): nothing was forgotten. */
    private static boolean rejected(Operation op, Step.Forget f) {
        return op.stopKind() == Operation.StopKind.REJECTED && op.stopStep() != null && op.stopStep() == f.index() + 1;
    }

    static List<String> howToGoBack(Operation op) {
        List<String> out = new ArrayList<>();
        boolean forgetSent = false;
        List<String> forgotten = new ArrayList<>();
        for (Step s : op.plan().steps()) {
            if (s instanceof Step.Forget f && (op.posted(s.index()) || op.stepDone(s.index())) && !rejected(op, f)) {
                forgetSent = true;
                f.hashes().forEach(h -> forgotten.add(h instanceof HashSource.Known k ? k.hash() : h.toString()));
            }
        }
        for (Map.Entry<Integer, Message> e : op.signed().entrySet()) {
            Message m = e.getValue();
            if (m.type() == MessageType.PROGRAM && (op.posted(e.getKey()) || op.stepDone(e.getKey()))) {
                out.add("Delete the new program " + m.itemHash() + " (aleph-deploy apply delete " + m.itemHash() + ")"
                        + (forgetSent ? "." : "; the old program still runs, so nothing else is lost."));
            } else if (m.type() == MessageType.STORE && m.content().hasNonNull("ref")
                    && (op.posted(e.getKey()) || op.stepDone(e.getKey()))) {
                out.add("Roll volume " + m.content().get("ref").asText() + " back to its previous revision (aleph-deploy apply "
                        + "rollback " + m.content().get("ref").asText() + " <revision>), or forget the revision " + m.itemHash() + ".");
            } else if (m.type() == MessageType.STORE && (op.posted(e.getKey()) || op.stepDone(e.getKey()))) {
                out.add("Forget the new volume " + m.itemHash() + " once nothing uses it (aleph-deploy apply forget-volume "
                        + m.itemHash() + ").");
            }
        }
        if (forgetSent) {
            String backups = op.backups().isEmpty() ? "" : " Their definitions are backed up in " + String.join(", ",
                    op.backups().values()) + "; a program can be created again from a backup (with a new hash).";
            out.add("Forgotten hashes never come back: " + String.join(", ", forgotten) + "." + backups);
        }
        if (out.isEmpty()) {
            out.add("Nothing this operation changed needs undoing: nothing was sent, or only files were uploaded.");
        }
        return out;
    }
}
