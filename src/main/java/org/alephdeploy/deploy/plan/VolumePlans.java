package org.alephdeploy.deploy.plan;

import java.util.ArrayList;
import java.util.List;
import org.alephdeploy.deploy.inventory.ProgramView;
import org.alephdeploy.deploy.inventory.StoreRevision;
import org.alephdeploy.deploy.inventory.VolumeUse;
import org.alephdeploy.deploy.inventory.VolumeView;
import org.alephdeploy.message.ArchiveMagic;
import org.alephdeploy.message.ItemHashes;
import org.alephdeploy.message.ItemType;
import org.alephdeploy.message.Reference;

/** Plans on volumes: update, upload, pin a CID, roll back, forget. */
final class VolumePlans {
    private final PlanContext ctx;

    VolumePlans(PlanContext ctx) {
        this.ctx = ctx;
    }

    PlanResult updateVolume(Intent.UpdateVolume i) {
        Lookups look = new Lookups(ctx, i);
        VolumeView v = look.volume(i.root(), root -> new Intent.UpdateVolume(root, i.artifact()));
        look.mayRevise(v);
        ItemType engine = look.engineFor(i.artifact());
        List<String> codeWarnings = new ArrayList<>();
        for (VolumeUse u : v.uses()) {
            if (u.role() == Reference.Role.CODE && Lookups.liveOrPending(u.programStatus())) {
                ProgramView p = ctx.inventory().program(u.programHash()).orElse(null);
                if (p != null && p.message() != null) {
                    look.encodingMatches(i.artifact(), p);
                    if (u.followsLatest()) {
                        String declared = p.content().codeEncoding();
                        codeWarnings.addAll(new CodeRules(i).check(p, i.artifact(),
                                declared == null ? i.artifact().encoding().wire() : declared));
                    }
                }
            }
        }
        ArchiveMagic kind = kindOf(i.artifact());
        String what = i.artifact().wasFolder() ? "The folder " + i.artifact().path() + " is packaged as "
                + i.artifact().encoding().wire() + ", which" : named(i.artifact().path().toString(), kind);
        refuseUnbootable(i, v, kind, i.artifact().size(), what);
        PlanBuilder b = new PlanBuilder(ctx, i);
        codeWarnings.forEach(w -> b.warn(Warning.Kind.NODE, w));
        if (v.uses().stream().noneMatch(u -> u.role() == Reference.Role.CODE || u.role() == Reference.Role.DATA)) {
            noteUnmountable(b, kind);
        }
        StoreSteps stores = new StoreSteps(ctx, b);
        StepRef up = b.upload(i.artifact(), engine);
        stores.revision(v, up, engine, null, i.artifact().size(), StoreSteps.fileName(i.artifact()),
                "publish a revision of volume " + v.rootHash() + " (ref = the root)");
        revisionEffects(b, stores, v);
        return checked(b.build(), i);
    }

    PlanResult uploadVolume(Intent.UploadVolume i) {
        Lookups look = new Lookups(ctx, i);
        ItemType engine = look.engineFor(i.artifact());
        String owner = ownerForNewVolume(i);
        PlanBuilder b = new PlanBuilder(ctx, i);
        noteUnmountable(b, kindOf(i.artifact()));
        new StoreSteps(ctx, b).newRoot(i.artifact(), engine, owner, ctx.defaultChannel(), i.name());
        b.effect(Effect.Kind.CREATED, null, "A new volume" + (i.name() == null ? "" : " '" + i.name() + "'") + " owned by " + owner
                + "; its root hash is known once signed. Programs that reference it with use_latest true will pick up its revisions.");
        return checked(b.build(), i);
    }

    PlanResult pinCid(Intent.PinCid i) {
        if (!ItemHashes.isCid(i.cid())) {
            throw Refused.because(i, "'" + i.cid() + "' is not an IPFS CID (Qm… v0 or bafy… v1). Check the value you pasted.");
        }
        PlanBuilder b = new PlanBuilder(ctx, i);
        StoreSteps stores = new StoreSteps(ctx, b);
        b.warn(Warning.Kind.NODE, "The node must be able to fetch " + i.cid() + " from IPFS; if it cannot, the STORE stays pending "
                + "for several minutes and is then rejected (code 4).");
        if (i.rootOrNull() == null) {
            String owner = ownerForNewVolume(i);
            stores.newIpfsRoot(i.cid(), owner, ctx.defaultChannel());
            b.effect(Effect.Kind.CREATED, null, "A new volume pinning " + i.cid() + ", owned by " + owner);
            return checked(b.build(), i);
        }
        Lookups look = new Lookups(ctx, i);
        VolumeView v = look.volume(i.rootOrNull(), root -> new Intent.PinCid(root, i.cid()));
        look.mayRevise(v);
        stores.revision(v, null, ItemType.IPFS, i.cid(), 0, null, "publish a revision of volume " + v.rootHash() + " pinning " + i.cid());
        revisionEffects(b, stores, v);
        return checked(b.build(), i);
    }

    PlanResult rollback(Intent.Rollback i) {
        Lookups look = new Lookups(ctx, i);
        VolumeView v = look.volume(i.root(), root -> new Intent.Rollback(root, i.revisionHash()));
        StoreRevision target = v.message(i.revisionHash()).orElseThrow(() -> Refused.because(i, "STORE " + i.revisionHash()
                + " is not the root or a revision of volume " + v.rootHash() + ". Pick one from the volume's revision timeline."));
        if (target.fileHash() == null) {
            throw Refused.because(i, "The content of " + i.revisionHash() + " was never seen by this app (it was forgotten before "
                    + "the inventory first loaded it), so its file is unknown. Upload the file again instead.");
        }
        if (!ctx.inventory().fileOnNode(target.fileHash())) {
            throw Refused.because(i, "The file " + target.fileHash() + " of " + i.revisionHash() + " is no longer on the node "
                    + "(no live STORE pins it and the grace period is over). Upload the file again as a new revision instead.");
        }
        look.mayRevise(v);
        ArchiveMagic targetKind = ctx.inventory().fileKind(target.fileHash()).orElse(null);
        if (targetKind != null) {
            refuseUnbootable(i, v, targetKind, target.size() == null ? 0 : target.size(),
                    named("The file of " + i.revisionHash(), targetKind));
        }
        StoreRevision current = v.currentByCrn();
        if (current != null && target.fileHash().equals(current.fileHash())) {
            throw Refused.because(i, "The file of " + i.revisionHash() + " is already the current file of volume " + v.rootHash()
                    + "; nothing to roll back.");
        }
        PlanBuilder b = new PlanBuilder(ctx, i);
        StoreSteps stores = new StoreSteps(ctx, b);
        long size = target.size() == null ? 0 : target.size();
        stores.revision(v, null, target.fileType() == null ? ItemType.STORAGE : target.fileType(), target.fileHash(), size, target.name(),
                "publish a revision of " + kindWords(v) + v.rootHash() + " with the file of "
                        + (i.revisionHash().equals(v.rootHash()) ? "its original" : "revision " + i.revisionHash()) + " (no upload)");
        revisionEffects(b, stores, v);
        return checked(b.build(), i);
    }

    /** "the code volume " when a program runs {@code v} as its code, so a code roll-back does not read as a data volume's. */
    private static String kindWords(VolumeView v) {
        return v.uses().stream().anyMatch(u -> u.role() == Reference.Role.CODE) ? "the code volume " : "volume ";
    }

    PlanResult forgetVolume(Intent.ForgetVolume i) {
        Lookups look = new Lookups(ctx, i);
        VolumeView v = look.volume(i.root(), Intent.ForgetVolume::new);
        List<StoreRevision> live = v.live();
        if (live.isEmpty()) {
            throw Refused.because(i, "Volume " + v.rootHash() + " has no live STORE left; there is nothing to forget.");
        }
        for (StoreRevision s : live) {
            if (!ctx.maySignFor(s.owner(), "STORE", s.channel())) {
                throw Refused.because(i, "STORE " + s.itemHash() + " belongs to " + s.owner() + " and " + ctx.signingAddress()
                        + " is not authorised to forget it. Sign with " + s.owner()
                        + ", or have it authorise this address (security aggregate, type STORE).");
            }
        }
        List<VolumeUse> blockers = v.forgetBlockers();
        if (!blockers.isEmpty()) {
            List<String> lines = new ArrayList<>();
            for (VolumeUse u : blockers) {
                lines.add("program " + (u.programName() == null ? "" : u.programName() + " ") + u.programHash() + " (owner "
                        + u.programOwner() + ", " + u.programStatus().wire() + ") uses it as " + StoreSteps.roleWords(u) + ", " + u.how());
            }
            Intent alternative = null;
            String altWords = null;
            List<String> programs = blockers.stream().map(VolumeUse::programHash).distinct().toList();
            if (programs.size() == 1 && blockers.get(0).programOwnedByAccount()) {
                alternative = new Intent.DeleteProgram(programs.get(0), true);
                altWords = "Delete program " + programs.get(0) + " first, with its unused volumes";
            }
            throw Refused.offering(i, "Volume " + v.rootHash() + " is still used, and the node rejects the whole FORGET (code 503) "
                    + "while a live program uses it: " + String.join("; ", lines) + ". Delete or change these programs first.",
                    alternative, altWords);
        }
        PlanBuilder b = new PlanBuilder(ctx, i);
        for (VolumeUse u : v.uses()) {
            if (u.role() == Reference.Role.PARENT && Lookups.liveOrPending(u.programStatus())) {
                b.warn(Warning.Kind.DEPENDENTS, "Program " + u.programHash() + " uses this volume as the parent of a persistent "
                        + "volume; the node allows forgetting it, but new instances of that volume can no longer be created.");
            }
        }
        List<HashSource> hashes = live.stream().map(s -> HashSource.known(s.itemHash())).toList();
        b.forget(hashes, v.owner(), v.root() == null ? ctx.defaultChannel() : v.root().channel(), "Volume deleted");
        b.awaitForgotten(hashes);
        b.effect(Effect.Kind.FORGOTTEN, v.rootHash(), "Volume " + v.rootHash() + " and its " + (live.size() - (v.rootLive() ? 1 : 0))
                + " live revision(s) are forgotten; a forgotten hash never comes back. The file stays downloadable for the node's "
                + "grace period (24 h by default) unless another STORE pins it.");
        return checked(b.build(), i);
    }

    private static ArchiveMagic kindOf(LocalArtifact a) {
        return switch (a.encoding()) {
            case SQUASHFS -> ArchiveMagic.SQUASHFS;
            case ZIP -> ArchiveMagic.ZIP;
            case PLAIN -> ArchiveMagic.OTHER;
        };
    }

    /** "FILE, a zip," or "FILE, which is neither a squashfs image nor a zip," — the subject of "… is not X". */
    private static String named(String file, ArchiveMagic kind) {
        return file + (kind == ArchiveMagic.OTHER ? ", which is " : ", ") + kind.words() + ",";
    }

    /**
     * Refuses a new current file that would stop programs following the latest revision of
     * {@code v} from booting (docs/PROTOCOL.md C-2): runtimes and immutable volumes must be squashfs
     * images, data a zip of at most 10,000,000 bytes. Names every such program.
     */
    private void refuseUnbootable(Intent i, VolumeView v, ArchiveMagic kind, long size, String what) {
        List<String> stopped = new ArrayList<>();
        String need = null;
        for (VolumeUse u : v.uses()) {
            if (!u.followsLatest() || !Lookups.liveOrPending(u.programStatus())) {
                continue;
            }
            boolean breaks = switch (u.role()) {
                case RUNTIME, VOLUME -> kind != ArchiveMagic.SQUASHFS;
                case DATA -> kind != ArchiveMagic.ZIP || size > CodeRules.MAX_INLINE;
                default -> false;
            };
            if (breaks) {
                need = u.role() == Reference.Role.DATA ? "a zip of at most " + CodeRules.MAX_INLINE + " bytes as data"
                        : need == null ? "a squashfs image, which is what compute nodes mount" : need;
                stopped.add("program " + (u.programName() == null ? "" : u.programName() + " ") + u.programHash() + " (as "
                        + StoreSteps.roleWords(u) + ")");
            }
        }
        if (!stopped.isEmpty()) {
            throw Refused.because(i, what + " is not " + need + ": these programs follow the latest revision of volume "
                    + v.rootHash() + " and would stop booting as soon as the revision is processed: " + String.join(", ", stopped)
                    + ". Give a squashfs image (mksquashfs DIR out.squashfs), or upload the file as a new volume instead.");
        }
    }

    private static void noteUnmountable(PlanBuilder b, ArchiveMagic kind) {
        if (kind != ArchiveMagic.SQUASHFS) {
            b.warn(Warning.Kind.NODE, "The file is " + kind.insteadOf(ArchiveMagic.SQUASHFS) + ": programs cannot mount it as a "
                    + "volume or boot it as a runtime (compute nodes mount only squashfs images).");
        }
    }

    private void revisionEffects(PlanBuilder b, StoreSteps stores, VolumeView v) {
        b.effect(Effect.Kind.HASH_KEPT, v.rootHash(), "Volume " + v.rootHash() + " keeps its root hash; the new file becomes its "
                + "latest revision");
        stores.describeUses(v, null);
    }

    private String ownerForNewVolume(Intent i) {
        String owner = ctx.inventory().address();
        if (!ctx.maySignFor(owner, "STORE", ctx.defaultChannel())) {
            throw Refused.because(i, ctx.signingAddress() + " is not authorised to publish STOREs for " + owner
                    + ". Sign with " + owner + ", or have it authorise this address (security aggregate, type STORE).");
        }
        return owner;
    }

    private static PlanResult checked(Plan plan, Intent i) {
        if (plan.cost().affordable()) {
            return plan;
        }
        throw Refused.because(i, "The funds do not cover this change (" + plan.cost().words() + "). Add ALEPH or credits, then try again.");
    }
}
