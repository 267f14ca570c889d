package org.alephdeploy.deploy.plan;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.alephdeploy.deploy.inventory.ProgramView;
import org.alephdeploy.deploy.inventory.StoreRevision;
import org.alephdeploy.deploy.inventory.VolumeUse;
import org.alephdeploy.deploy.inventory.VolumeView;
import org.alephdeploy.message.ContentWriter;
import org.alephdeploy.message.ItemType;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.MessageType;
import org.alephdeploy.message.Payment;
import org.alephdeploy.message.Reference;

/** Steps and effects shared by the plans that publish STOREs: new roots, revisions and who sees them. */
final class StoreSteps {
    private static final BigDecimal TICK = new BigDecimal("0.001");

    private final PlanContext ctx;
    private final PlanBuilder b;

    StoreSteps(PlanContext ctx, PlanBuilder b) {
        this.ctx = ctx;
        this.b = b;
    }

    /** Upload → STORE without ref (a new root) → wait processed; returns the STORE step. */
    StepRef newRoot(LocalArtifact artifact, ItemType engine, String owner, String channel, String name) {
        StepRef up = b.upload(artifact, engine);
        ObjectNode meta = null;
        if (name != null) {
            meta = Json.object();
            meta.put("name", name);
        }
        String type = b.costs().storePaymentType();
        ObjectNode c = ContentWriter.store(owner, ctx.now(), engine, up.toString(), null, meta, Costs.payment(type));
        StepRef store = b.publishStore(new ContentTemplate(MessageType.STORE, channel, c,
                List.of(new ContentTemplate.Fill("/item_hash", up))), "publish a new STORE for " + artifact.path());
        b.awaitProcessed(store, "wait until the new STORE is processed");
        b.costs().newFile(store, artifact.size());
        chargeStore(type, artifact.size());
        return store;
    }

    /** Pin a CID as a new root STORE → wait processed. */
    StepRef newIpfsRoot(String cid, String owner, String channel) {
        String type = b.costs().storePaymentType();
        ObjectNode c = ContentWriter.store(owner, ctx.now(), ItemType.IPFS, cid, null, null, Costs.payment(type));
        StepRef store = b.publishStore(new ContentTemplate(MessageType.STORE, channel, c, List.of()), "publish a STORE pinning " + cid);
        b.awaitProcessed(store, "wait until the STORE is processed (the node must fetch the CID from IPFS)");
        b.charge(new MessagePrice(type, List.of()), true);
        return store;
    }

    /** The name a revision's STORE carries in its metadata: the file's own name (a folder's as its .zip), never a directory. */
    static String fileName(LocalArtifact a) {
        Path p = Path.of(a.path()).getFileName();
        String n = p == null ? a.path() : p.toString();
        return a.wasFolder() && !n.endsWith(".zip") && !n.endsWith(".squashfs") ? n + ".zip" : n;
    }

    /**
     * A revision of {@code v}: STORE with {@code ref} = the root (never a revision), signed after
     * every existing content time so that it becomes the latest, then wait processed.
     * {@code upload} null means the file is already on the node ({@code fileHash} known).
     */
    StepRef revision(VolumeView v, StepRef upload, ItemType fileType, String fileHash, long size, String fileName, String words) {
        if (v.root() == null || v.root().isRevision()) {
            throw new IllegalStateException("a revision must name a root STORE, not " + v.rootHash());
        }
        String type = b.costs().storePaymentType();
        ObjectNode meta = null;
        if (fileName != null && !fileName.isBlank()) {
            meta = Json.object();
            meta.put("name", fileName);
        }
        ObjectNode c = ContentWriter.store(v.owner(), ctx.now(), fileType, upload == null ? fileHash : upload.toString(),
                v.rootHash(), meta, Costs.payment(type));
        List<ContentTemplate.Fill> fills = upload == null ? List.of() : List.of(new ContentTemplate.Fill("/item_hash", upload));
        StepRef store = b.publishStore(new ContentTemplate(MessageType.STORE, v.root().channel(), c, fills), words);
        b.awaitProcessed(store, "wait until the revision is processed");
        chargeStore(type, size);
        BigDecimal latest = v.timeline().stream().map(StoreRevision::contentTime).filter(t -> t != null)
                .max(BigDecimal::compareTo).orElse(null);
        if (latest != null && latest.compareTo(ctx.now()) >= 0) {
            b.notBefore(latest.add(TICK));
            b.warn(Warning.Kind.TIME, "A revision of volume " + v.rootHash() + " has a content time in the future (" + latest
                    + "); the new revision is signed with a later time, since only a strictly greater time becomes the latest.");
        }
        return store;
    }

    /** Effects of a new current file on each program using {@code v}, with follow-up offers for pinned ones. */
    void describeUses(VolumeView v, String exceptProgram) {
        for (VolumeUse u : v.uses()) {
            if (u.programHash().equals(exceptProgram) || !Lookups.liveOrPending(u.programStatus())) {
                continue;
            }
            String who = "program " + (u.programName() == null ? "" : u.programName() + " ") + u.programHash()
                    + (u.programOwnedByAccount() ? "" : " (owner " + u.programOwner() + ")");
            String as = roleWords(u);
            if (u.followsLatest()) {
                ProgramView user = ctx.inventory().program(u.programHash()).orElse(null);
                b.effect(Effect.Kind.PICKS_UP, u.programHash(), who + " follows the latest revision as " + as
                        + " → picks up the new file; its hash and URL stay; "
                        + Restarts.words(user == null ? null : user.content()));
                continue;
            }
            b.effect(Effect.Kind.STAYS_PINNED, u.programHash(), who + " is pinned to " + u.refHash() + " as " + as
                    + " → keeps the old file; it needs its own change to use the new one");
            offerFollow(u, v.rootHash(), who);
        }
    }

    private void offerFollow(VolumeUse u, String root, String who) {
        if (u.role() == Reference.Role.PARENT) {
            return;
        }
        ProgramView p = ctx.inventory().program(u.programHash()).orElse(null);
        if (p == null || p.message() == null || !ctx.maySignFor(p.owner(), "PROGRAM", p.channel())) {
            b.followUp(who + " belongs to " + u.programOwner() + ": ask its owner to make it follow the latest revision of "
                    + root, null);
            return;
        }
        SettingsChange follow = SettingsChange.ofReferences(List.of(ReferenceChange.followLatest(u.role(), u.refHash(), root)));
        if (p.allowAmend()) {
            b.followUp("Make " + who + " follow the latest revision of " + root + " (amend: new hash and URL)",
                    new Intent.ChangeSettings(p.itemHash(), follow));
        } else {
            b.followUp("Make " + who + " follow the latest revision of " + root
                    + " (the program is immutable: recreate, new hash and URL)",
                    new Intent.Recreate(p.itemHash(), follow, null, true));
        }
    }

    static String roleWords(VolumeUse u) {
        return switch (u.role()) {
            case CODE -> "code";
            case RUNTIME -> "runtime";
            case DATA -> "data";
            case VOLUME -> "volume" + (u.mount() == null ? "" : " at " + u.mount());
            case PARENT -> "parent of the persistent volume" + (u.mount() == null ? "" : " at " + u.mount());
        };
    }

    /** The node checks no balance for a hold-paid file of at most 25 MiB before 2027-01-01. */
    private void chargeStore(String type, long size) {
        boolean exempt = Payment.HOLD.equals(type) && size <= Pricing.FREE_HOLD_STORE_BYTES && !b.costs().allCreditOnly();
        b.charge(b.costs().store(size, type), exempt);
    }
}
