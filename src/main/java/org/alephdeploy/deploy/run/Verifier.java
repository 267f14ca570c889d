package org.alephdeploy.deploy.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.alephdeploy.ccn.CcnClient;
import org.alephdeploy.ccn.MessageStatusInfo;
import org.alephdeploy.deploy.inventory.Inventory;
import org.alephdeploy.deploy.inventory.ProgramView;
import org.alephdeploy.deploy.inventory.ResolvedReference;
import org.alephdeploy.deploy.inventory.StoreRevision;
import org.alephdeploy.deploy.inventory.VolumeUse;
import org.alephdeploy.deploy.inventory.VolumeView;
import org.alephdeploy.deploy.outcome.VerificationCheck;
import org.alephdeploy.deploy.plan.ContentTemplate;
import org.alephdeploy.deploy.plan.HashSource;
import org.alephdeploy.deploy.plan.Plan;
import org.alephdeploy.deploy.plan.Step;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageStatus;
import org.alephdeploy.message.Reference;
import java.util.Locale;

/**
 * Checks a finished plan's end state on a freshly loaded inventory: every published message is
 * processed, every forgotten hash is gone, a new revision is what its volume now resolves to and
 * what the programs following it run, a new program runs its new code file.
 */
final class Verifier {
    private final Plan plan;
    private final Map<Integer, String> results;
    private final Map<Integer, Message> signed;
    private final CcnClient client;
    private final Function<String, Inventory> freshInventory;

    Verifier(Plan plan, Map<Integer, String> results, Map<Integer, Message> signed, CcnClient client,
            Function<String, Inventory> freshInventory) {
        this.plan = plan;
        this.results = results;
        this.signed = signed;
        this.client = client;
        this.freshInventory = freshInventory;
    }

    List<VerificationCheck> verify(String address) {
        Inventory inv = freshInventory.apply(address);
        List<VerificationCheck> out = new ArrayList<>();
        for (Step s : plan.steps()) {
            String hash = results.get(s.index());
            if (s instanceof Step.PublishStore p) {
                MessageStatus st = status(inv, hash);
                out.add(new VerificationCheck(st == MessageStatus.PROCESSED, "STORE " + hash + " is " + words(st)));
                String ref = signedContentText(s.index(), "ref");
                if (ref != null && st == MessageStatus.PROCESSED) {
                    revision(inv, ref, hash, out);
                }
            } else if (s instanceof Step.PublishProgram p) {
                MessageStatus st = status(inv, hash);
                out.add(new VerificationCheck(st == MessageStatus.PROCESSED, "new program " + hash + " is " + words(st)));
                newCode(inv, p.template(), hash, out);
            } else if (s instanceof Step.Forget f) {
                for (HashSource h : f.hashes()) {
                    String target = h.resolve(r -> results.get(r.step()));
                    MessageStatus st = status(inv, target);
                    out.add(new VerificationCheck(st == MessageStatus.FORGOTTEN || st == MessageStatus.REMOVED,
                            target + " is " + words(st)));
                }
            }
        }
        return out;
    }

    private String signedContentText(int step, String field) {
        Message m = signed.get(step);
        return m == null || !m.content().hasNonNull(field) ? null : m.content().get(field).asText();
    }

    /** The volume now resolves to this revision, and every live program following it runs its file. */
    private void revision(Inventory inv, String root, String revision, List<VerificationCheck> out) {
        VolumeView v = inv.volume(root).orElse(null);
        if (v == null) {
            out.add(new VerificationCheck(false, "volume " + root + " is not in the inventory"));
            return;
        }
        StoreRevision cur = v.currentByCrn();
        boolean isCurrent = cur != null && cur.itemHash().equals(revision);
        out.add(new VerificationCheck(isCurrent, "volume " + root + " resolves to revision " + revision
                + (isCurrent ? "" : " (it resolves to " + (cur == null ? "nothing" : cur.itemHash()) + ")")));
        if (!isCurrent) {
            return;
        }
        for (VolumeUse u : v.uses()) {
            if (!u.followsLatest() || !u.programStatus().live()) {
                continue;
            }
            Optional<ProgramView> p = inv.program(u.programHash());
            Optional<ResolvedReference> r = p.flatMap(pv -> pv.references().stream()
                    .filter(x -> x.role() == u.role() && root.equals(x.rootHash())).findFirst());
            String file = r.map(ResolvedReference::fileHash).orElse(null);
            boolean ok = cur.fileHash() != null && cur.fileHash().equals(file);
            out.add(new VerificationCheck(ok, "program " + u.programHash() + " runs file " + cur.fileHash() + " as "
                    + u.role().name().toLowerCase(Locale.ROOT) + (ok ? "" : " (it resolves to " + file + ")")));
        }
    }

    /** A program whose code comes from a STORE published by this plan runs that STORE's file. */
    private void newCode(Inventory inv, ContentTemplate t, String programHash, List<VerificationCheck> out) {
        for (ContentTemplate.Fill f : t.fills()) {
            if (!f.pointer().equals("/code/ref")) {
                continue;
            }
            String storeHash = results.get(f.from().step());
            String file = signedContentText(f.from().step(), "item_hash");
            String runs = inv.program(programHash).flatMap(p -> p.reference(Reference.Role.CODE))
                    .map(ResolvedReference::fileHash).orElse(null);
            boolean ok = file != null && file.equals(runs);
            out.add(new VerificationCheck(ok, "program " + programHash + " runs the new code file " + file + " (STORE "
                    + storeHash + ")" + (ok ? "" : "; it resolves to " + runs)));
        }
    }

    private MessageStatus status(Inventory inv, String hash) {
        if (hash == null) {
            return null;
        }
        Optional<MessageStatus> known = inv.program(hash).map(ProgramView::status)
                .or(() -> inv.store(hash).map(StoreRevision::status));
        if (known.isPresent() && known.get() != MessageStatus.PENDING) {
            return known.get();
        }
        Optional<MessageStatusInfo> info = client.messageStatus(hash);
        return info.map(i -> i.status()).orElse(null);
    }

    private static String words(MessageStatus s) {
        return s == null ? "unknown to the node" : s.wire();
    }
}
