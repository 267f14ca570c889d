package org.alephdeploy.deploy.plan;

import org.alephdeploy.deploy.inventory.Inventory;
import org.alephdeploy.deploy.inventory.ProgramView;
import org.alephdeploy.deploy.inventory.StoreRevision;
import org.alephdeploy.deploy.inventory.VolumeView;
import org.alephdeploy.message.ItemType;
import org.alephdeploy.message.MessageStatus;
import java.util.function.Function;

/** The pre-checks shared by every plan: find what the intent names, check it can be signed for, size the upload. */
final class Lookups {
    private final PlanContext ctx;
    private final Intent intent;

    Lookups(PlanContext ctx, Intent intent) {
        this.ctx = ctx;
        this.intent = intent;
    }

    Inventory inventory() {
        return ctx.inventory();
    }

    /** A live program of the inventory that the signer may change (PROGRAM and FORGET for its owner). */
    ProgramView changeableProgram(String hash) {
        ProgramView p = ctx.inventory().program(hash).orElseThrow(() -> Refused.because(intent,
                "Program " + hash + " is not in the inventory of " + ctx.inventory().address() + " on "
                        + ctx.inventory().network() + ". Refresh the inventory, or check the hash."));
        switch (p.status()) {
            case FORGOTTEN, REMOVED -> throw Refused.because(intent, "Program " + hash + " has been deleted ("
                    + p.status().wire() + "); a deleted hash never comes back. Create a new program instead.");
            case REJECTED -> throw Refused.because(intent, "Program " + hash + " was rejected by the node: "
                    + (p.error() == null ? "no reason given" : p.error().words()) + ". There is nothing to change.");
            case PENDING -> throw Refused.because(intent, "Program " + hash + " is still pending on the node. "
                    + "Wait until it is processed, then try again.");
            default -> {
            }
        }
        if (p.message() == null) {
            throw Refused.because(intent, "The content of program " + hash + " is not in the inventory. Refresh the inventory.");
        }
        if (!ctx.maySignFor(p.owner(), "PROGRAM", p.channel())) {
            throw Refused.because(intent, "Program " + hash + " belongs to " + p.owner() + " and " + ctx.signingAddress()
                    + " is not authorised to sign programs for it. Sign with " + p.owner()
                    + ", or have it authorise this address (security aggregate, types PROGRAM, STORE and FORGET).");
        }
        return p;
    }

    /**
     * The volume whose root is {@code root}; a revision's hash is refused with the root as the
     * alternative, since revisions always name the root.
     */
    VolumeView volume(String root, Function<String, Intent> sameIntentOnRoot) {
        VolumeView v = ctx.inventory().volume(root).orElse(null);
        if (v == null || (v.root() != null && v.root().isRevision())) {
            StoreRevision s = ctx.inventory().store(root).orElse(null);
            if (s != null && s.isRevision()) {
                throw Refused.offering(intent, "STORE " + root + " is a revision of " + s.ref()
                        + "; revisions always refer to the original (root) STORE, never to another revision.",
                        sameIntentOnRoot.apply(s.ref()), "Do it on the root volume " + s.ref() + " instead");
            }
            throw Refused.because(intent, "Volume " + root + " is not in the inventory of " + ctx.inventory().address()
                    + ". Refresh the inventory, or check the hash.");
        }
        return v;
    }

    /** Checks the signer may publish revisions of {@code v} (a STORE with the root owner as content address). */
    void mayRevise(VolumeView v) {
        if (!v.rootLive()) {
            throw Refused.offering(intent, "The root STORE of volume " + v.rootHash() + " is "
                    + (v.root() == null ? "unknown" : v.root().status().wire())
                    + ": the node accepts revisions only of a live root (else code 200).",
                    null, null);
        }
        if (!ctx.maySignFor(v.owner(), "STORE", v.root().channel())) {
            throw Refused.because(intent, "Volume " + v.rootHash() + " belongs to " + v.owner() + " and "
                    + ctx.signingAddress() + " is not authorised to publish STOREs for it. Sign with " + v.owner()
                    + ", or have it authorise this address (security aggregate, type STORE).");
        }
    }

    /** Where the artifact goes (node storage or IPFS) by the node's limits; refused when too big. */
    ItemType engineFor(LocalArtifact a) {
        if (a.size() <= ctx.limits().maxStorageFileBytes()) {
            return ItemType.STORAGE;
        }
        if (a.size() <= ctx.limits().maxIpfsFileBytes()) {
            return ItemType.IPFS;
        }
        throw Refused.because(intent, a.path() + " is " + a.size() + " bytes; this node accepts at most "
                + ctx.limits().maxStorageFileBytes() + " bytes in its storage"
                + (ctx.limits().maxIpfsFileBytes() > 0 ? " and " + ctx.limits().maxIpfsFileBytes() + " bytes through IPFS" : "")
                + ". Make the file smaller, or upload it to IPFS yourself and pin its CID.");
    }

    /** The archive must be packaged as the program declares ({@code code.encoding}). */
    void encodingMatches(LocalArtifact a, ProgramView p) {
        String declared = p.content().codeEncoding();
        if (declared != null && !declared.equals(a.encoding().wire())) {
            throw Refused.because(intent, (a.wasFolder() ? "The folder was packaged as " : a.path() + " is a ")
                    + a.encoding().wire() + " archive, but program " + p.itemHash() + " declares code.encoding "
                    + declared + ": compute nodes would fail to open it. Package the code as " + declared + ".");
        }
    }

    static boolean liveOrPending(MessageStatus s) {
        return s.live() || s == MessageStatus.PENDING;
    }
}
