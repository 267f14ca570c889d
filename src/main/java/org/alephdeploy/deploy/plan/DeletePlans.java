package org.alephdeploy.deploy.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.alephdeploy.deploy.inventory.ProgramChain;
import org.alephdeploy.deploy.inventory.ProgramView;
import org.alephdeploy.deploy.inventory.ResolvedReference;
import org.alephdeploy.deploy.inventory.StoreRevision;
import org.alephdeploy.deploy.inventory.VolumeUse;
import org.alephdeploy.deploy.inventory.VolumeView;
import org.alephdeploy.message.MessageStatus;
import org.alephdeploy.message.Payment;

/** Deleting a program: FORGET it and its amends, wait, then optionally the STOREs nothing else uses. */
final class DeletePlans {
    private final PlanContext ctx;

    DeletePlans(PlanContext ctx) {
        this.ctx = ctx;
    }

    PlanResult deleteProgram(Intent.DeleteProgram i) {
        ProgramView p = ctx.inventory().program(i.program()).orElseThrow(() -> Refused.because(i, "Program " + i.program()
                + " is not in the inventory of " + ctx.inventory().address() + ". Refresh the inventory, or check the hash."));
        if (p.status().terminal()) {
            throw Refused.because(i, "Program " + i.program() + " is already deleted (" + p.status().wire() + ").");
        }
        if (p.status() == MessageStatus.PENDING) {
            throw Refused.because(i, "Program " + i.program() + " is still pending; the node cannot forget it until it is "
                    + "processed (code 501). Wait, then try again.");
        }
        if (p.status() == MessageStatus.REJECTED) {
            throw Refused.because(i, "Program " + i.program() + " was rejected by the node, so it does not run and there is "
                    + "nothing to delete.");
        }
        ProgramChain chain = ctx.inventory().chainOf(p.itemHash()).orElse(null);
        List<ProgramView> family = chain == null ? List.of(p) : chain.withDescendants(p.itemHash());
        List<ProgramView> targets = family.stream().filter(v -> v.status().live()).toList();
        PlanBuilder b = new PlanBuilder(ctx, i);
        for (ProgramView v : family) {
            if (v.status() == MessageStatus.PENDING) {
                b.warn(Warning.Kind.DEPENDENTS, "Amend " + v.itemHash() + " is still pending and cannot be forgotten yet; "
                        + "delete it once it is processed.");
            }
        }
        for (ProgramView t : targets) {
            if (!ctx.maySignFor(t.owner(), "PROGRAM", t.channel())) {
                throw Refused.because(i, "Program " + t.itemHash() + " belongs to " + t.owner() + " and " + ctx.signingAddress()
                        + " is not authorised to forget it. Sign with " + t.owner()
                        + ", or have it authorise this address (security aggregate, type PROGRAM).");
            }
        }
        List<HashSource> hashes = targets.stream().map(t -> HashSource.known(t.itemHash())).toList();
        targets.forEach(t -> b.backup(t.itemHash()));
        b.forget(hashes, p.owner(), p.channel(), "User deletion");
        b.awaitForgotten(hashes);
        for (ProgramView t : targets) {
            b.effect(Effect.Kind.FORGOTTEN, t.itemHash(), "Program " + t.itemHash() + (t.isAmend() ? " (an amend)" : "")
                    + " is forgotten: " + t.url() + " stops, and the hash never comes back");
            if (t.message() != null) {
                JsonNode c = t.message().content();
                b.release(Payment.of(c.get("payment")).type(), b.costs().programHold(c), b.costs().programCreditsPerSecond(c), false);
            }
        }
        b.effect(Effect.Kind.BACKUP, p.itemHash(), "The deleted definition(s) are kept in the local backup");
        volumes(b, i, p, targets);
        return b.build();
    }

    private void volumes(PlanBuilder b, Intent.DeleteProgram i, ProgramView p, List<ProgramView> targets) {
        Set<String> targetHashes = new LinkedHashSet<>();
        targets.forEach(t -> targetHashes.add(t.itemHash()));
        Set<String> roots = new LinkedHashSet<>();
        for (ProgramView t : targets) {
            for (ResolvedReference r : t.references()) {
                roots.add(r.rootHash());
            }
        }
        List<HashSource> forget = new ArrayList<>();
        for (String root : roots) {
            VolumeView v = ctx.inventory().volume(root).orElse(null);
            String name = v == null || v.name() == null ? root : "'" + v.name() + "' (" + root + ")";
            if (v == null || v.live().isEmpty()) {
                b.effect(Effect.Kind.KEPT, root, "STORE " + name + " is not touched: it is not live in the inventory");
                continue;
            }
            List<String> others = new ArrayList<>();
            for (VolumeUse u : v.uses()) {
                if (!targetHashes.contains(u.programHash()) && Lookups.liveOrPending(u.programStatus())) {
                    others.add("program " + u.programHash() + (u.programOwnedByAccount() ? "" : " of " + u.programOwner()));
                }
            }
            boolean mayForget = v.live().stream().allMatch(s -> ctx.maySignFor(s.owner(), "STORE", s.channel()));
            if (!mayForget) {
                b.effect(Effect.Kind.KEPT, root, "Volume " + name + " is kept: it belongs to " + v.owner());
            } else if (!others.isEmpty()) {
                b.effect(Effect.Kind.KEPT, root, "Volume " + name + " is kept: still used by " + String.join(", ", others));
            } else if (!i.forgetUnusedVolumes()) {
                b.effect(Effect.Kind.KEPT, root, "Volume " + name + " is kept (clean-up not chosen); no other program uses it");
                b.followUp("Forget volume " + name + ", which no program uses any more", new Intent.ForgetVolume(root));
            } else {
                for (StoreRevision s : v.live()) {
                    forget.add(HashSource.known(s.itemHash()));
                }
                b.effect(Effect.Kind.FORGOTTEN, root, "Volume " + name + " and its revisions are forgotten: no other program uses it");
            }
        }
        if (!forget.isEmpty()) {
            b.forget(forget, p.owner(), p.channel(), "Deletion of program " + p.itemHash());
            b.awaitForgotten(forget);
        }
    }
}
