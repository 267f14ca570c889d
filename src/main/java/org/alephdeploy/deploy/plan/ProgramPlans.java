package org.alephdeploy.deploy.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.alephdeploy.deploy.inventory.BootChecks;
import org.alephdeploy.deploy.inventory.ProgramView;
import org.alephdeploy.deploy.inventory.ResolvedReference;
import org.alephdeploy.deploy.inventory.VolumeView;
import org.alephdeploy.message.ItemType;
import org.alephdeploy.message.MessageType;
import org.alephdeploy.message.Payment;
import org.alephdeploy.message.ProgramContent;
import org.alephdeploy.message.Volume;
import org.alephdeploy.message.Reference;

/** Plans that change a program: new code, new settings, recreate. */
final class ProgramPlans {
    private final PlanContext ctx;

    ProgramPlans(PlanContext ctx) {
        this.ctx = ctx;
    }

    PlanResult updateCode(Intent.UpdateCode i) {
        Lookups look = new Lookups(ctx, i);
        ProgramView p = look.changeableProgram(i.program());
        String declared = p.content().codeEncoding();
        String packed = i.artifact().encoding().wire();
        boolean switching = declared != null && !declared.equals(packed);
        if (switching && !i.switchEncoding()) {
            offerEncodingSwitch(i, p, declared);
            look.encodingMatches(i.artifact(), p);
        }
        List<String> codeWarnings = new CodeRules(i).check(p, i.artifact(), switching ? packed : declared == null ? packed : declared);
        ItemType engine = look.engineFor(i.artifact());
        if (switching) {
            if (!p.allowAmend()) {
                throw Refused.offering(i, "Program " + label(p) + " is immutable (allow_amend false): its code.encoding can "
                        + "change only by delete-and-recreate, which gives a new hash and URL.",
                        new Intent.Recreate(p.itemHash(), SettingsChange.none(), i.artifact(), true),
                        "Recreate the program with " + packed + " code (new hash and URL; made updatable)");
            }
            PlanBuilder b = new PlanBuilder(ctx, i);
            codeWarnings.forEach(w -> b.warn(Warning.Kind.NODE, w));
            b.warn(Warning.Kind.NEW_HASH_AND_URL, "The code's encoding changes from " + declared + " to " + packed + ", which only "
                    + "an amend can do: the new code goes into a new STORE and the program gets a new item hash and a new URL.");
            return amend(b, i, p, SettingsChange.none(), i.artifact(), engine);
        }
        ResolvedReference code = p.reference(Reference.Role.CODE).orElseThrow();
        VolumeView root = code.known() ? ctx.inventory().volume(code.rootHash()).orElse(null) : null;
        boolean mayRevise = root != null && root.rootLive() && ctx.maySignFor(root.owner(), "STORE", root.root().channel());
        if (code.followsLatest() && mayRevise) {
            PlanBuilder b = new PlanBuilder(ctx, i);
            StoreSteps stores = new StoreSteps(ctx, b);
            StepRef up = b.upload(i.artifact(), engine);
            stores.revision(root, up, engine, null, i.artifact().size(), StoreSteps.fileName(i.artifact()),
                    "publish a revision of code STORE " + root.rootHash() + " (ref = the root)");
            codeWarnings.forEach(w -> b.warn(Warning.Kind.NODE, w));
            b.effect(Effect.Kind.HASH_KEPT, p.itemHash(), "Program " + label(p) + " keeps its hash and URL " + p.url()
                    + "; its code follows the latest revision, so " + Restarts.words(p.content()));
            stores.describeUses(root, p.itemHash());
            return affordable(b.build(), i);
        }
        String why;
        if (code.pointsAtRevision()) {
            why = "The code reference is " + ResolvedReference.PINNED_TO_REVISION;
        } else if (code.followsLatest()) {
            why = "The code follows the latest revision of STORE " + code.rootHash() + ", which belongs to "
                    + code.storeOwner() + "; " + ctx.signingAddress() + " cannot publish revisions of it";
        } else {
            why = "The code is pinned to STORE " + code.reference().ref();
        }
        if (!p.allowAmend()) {
            throw Refused.offering(i, why + ", and the program is immutable (allow_amend false): new code needs "
                    + "delete-and-recreate, which gives a new hash and URL.",
                    new Intent.Recreate(p.itemHash(), SettingsChange.none(), i.artifact(), true),
                    "Code is pinned and the program is immutable: recreate instead (new hash and URL; the new program "
                            + "follows latest, so later code updates keep its hash)");
        }
        PlanBuilder b = new PlanBuilder(ctx, i);
        codeWarnings.forEach(w -> b.warn(Warning.Kind.NODE, w));
        b.warn(Warning.Kind.NEW_HASH_AND_URL, why + ": the new code goes into a new STORE and the program is amended, "
                + "which gives it a new item hash and a new URL. Later code updates will be revisions that keep the hash.");
        return amend(b, i, p, SettingsChange.none(), i.artifact(), engine);
    }

    PlanResult changeSettings(Intent.ChangeSettings i) {
        Lookups look = new Lookups(ctx, i);
        ProgramView p = look.changeableProgram(i.program());
        if (i.change().isEmpty()) {
            throw Refused.because(i, "No setting was changed, so there is nothing to publish.");
        }
        if (!p.allowAmend()) {
            checkChange(i, i.change(), p);
            throw Refused.offering(i, "Program " + label(p) + " is immutable (allow_amend false): its settings can only "
                    + "change by delete-and-recreate, which gives a new hash and URL.",
                    new Intent.Recreate(p.itemHash(), i.change(), null, true),
                    "Recreate the program with these settings (new hash and URL; made updatable)");
        }
        PlanBuilder b = new PlanBuilder(ctx, i);
        return amend(b, i, p, i.change(), null, null);
    }

    private List<String> checkChange(Intent i, SettingsChange change, ProgramView p) {
        List<String> warnings = new ArrayList<>();
        String problem = ContentEdits.problem(change, p.message().content(), ctx.inventory(), warnings);
        if (problem != null) {
            throw Refused.because(i, "The settings cannot be applied: " + problem + ".");
        }
        return warnings;
    }

    /**
     * [upload → new code STORE → wait] → PROGRAM replaces old → wait processed → FORGET old →
     * wait forgotten. The old program is forgotten only once its replacement is processed.
     */
    private PlanResult amend(PlanBuilder b, Intent i, ProgramView p, SettingsChange change, LocalArtifact newCode, ItemType engine) {
        checkChange(i, change, p).forEach(w -> b.warn(Warning.Kind.DEPENDENTS, w));
        ObjectNode content = p.message().content();
        List<ContentTemplate.Fill> fills = new ArrayList<>();
        if (newCode != null) {
            StepRef store = new StoreSteps(ctx, b).newRoot(newCode, engine, p.owner(), p.channel(), codeName(p));
            ObjectNode code = ContentEdits.object(content, "code");
            code.put("ref", store.toString());
            code.put("use_latest", true);
            newEncoding(b, code, newCode);
            fills.add(new ContentTemplate.Fill("/code/ref", store));
            b.effect(Effect.Kind.LOCK, p.itemHash(), "code: the new program follows the latest revision of its new code STORE "
                    + "→ later code updates are revisions that keep its hash and URL");
        }
        content.put("replaces", p.itemHash());
        List<String> changed = ContentEdits.apply(change, content);
        warnRefusedVolumes(b, content);
        String oldPayment = Payment.of(content.get("payment")).type();
        String payment = setPayment(b, content);
        StepRef program = b.publishProgram(new ContentTemplate(MessageType.PROGRAM, p.channel(), content, fills),
                "publish the amended program (replaces " + p.itemHash() + (changed.isEmpty() ? "" : "; " + String.join(", ", changed)) + ")");
        b.awaitProcessed(program, "wait until the new program is processed (the old one keeps running meanwhile)");
        b.forget(List.of(HashSource.known(p.itemHash())), p.owner(), p.channel(), "Replaced by an amended version");
        b.awaitForgotten(List.of(HashSource.known(p.itemHash())));
        b.charge(b.costs().program(content, payment), false);
        JsonNode old = p.message().content();
        b.release(oldPayment, b.costs().programHold(old), b.costs().programCreditsPerSecond(old), false);
        b.effect(Effect.Kind.HASH_NEW, p.itemHash(), "Program " + label(p) + " gets a new item hash and a new URL ("
                + ProgramView.URL_PREFIX + "<new hash>); the old URL " + p.url() + " stops once the old program is forgotten");
        b.warn(Warning.Kind.NEW_HASH_AND_URL, "Changing a program's configuration creates a new program: new item hash, new URL. "
                + "Compute nodes keep running the old hash until it is forgotten; update any link to " + p.url() + ".");
        Plan plan = b.build();
        if (plan.cost().affordable()) {
            return plan;
        }
        throw Refused.offering(i, "The balance cannot carry the new program while the old one still runs (" + plan.cost().words() + ").",
                new Intent.Recreate(p.itemHash(), change, newCode, true, true),
                "Delete the old program first (it is backed up locally), then create the new one");
    }

    PlanResult recreate(Intent.Recreate i) {
        Lookups look = new Lookups(ctx, i);
        ProgramView p = look.changeableProgram(i.program());
        ItemType engine = null;
        List<String> codeWarnings = List.of();
        if (i.newCode() != null) {
            codeWarnings = new CodeRules(i).check(p, i.newCode(), i.newCode().encoding().wire());
            engine = look.engineFor(i.newCode());
        }
        PlanBuilder b = new PlanBuilder(ctx, i);
        codeWarnings.forEach(w -> b.warn(Warning.Kind.NODE, w));
        checkChange(i, i.change(), p).forEach(w -> b.warn(Warning.Kind.DEPENDENTS, w));
        ObjectNode content = p.message().content();
        content.remove("replaces");
        JsonNode old = p.message().content();
        String oldPayment = Payment.of(old.get("payment")).type();
        b.backup(p.itemHash());
        if (i.deleteFirst()) {
            forgetOld(b, p);
            b.release(oldPayment, b.costs().programHold(old), b.costs().programCreditsPerSecond(old), true);
            b.warn(Warning.Kind.DELETE_FIRST, "The old program is forgotten before the new one exists: for a moment you have "
                    + "no program. If creating the new one fails, it can be re-created from the local backup.");
        }
        List<ContentTemplate.Fill> fills = new ArrayList<>();
        StepRef newCodeStore = null;
        if (i.newCode() != null) {
            newCodeStore = new StoreSteps(ctx, b).newRoot(i.newCode(), engine, p.owner(), p.channel(), codeName(p));
            ObjectNode code = ContentEdits.object(content, "code");
            code.put("ref", newCodeStore.toString());
            code.put("use_latest", i.makeUpdatable() || code.path("use_latest").asBoolean(false));
            newEncoding(b, code, i.newCode());
            fills.add(new ContentTemplate.Fill("/code/ref", newCodeStore));
        }
        List<String> changed = ContentEdits.apply(i.change(), content);
        warnRefusedVolumes(b, content);
        explainLocks(b, p, content, i.makeUpdatable(), newCodeStore != null);
        String payment = setPayment(b, content);
        StepRef program = b.publishProgram(new ContentTemplate(MessageType.PROGRAM, p.channel(), content, fills),
                "publish the new program" + (changed.isEmpty() ? "" : " (" + String.join(", ", changed) + ")"));
        b.awaitProcessed(program, "wait until the new program is processed");
        b.charge(b.costs().program(content, payment), false);
        if (!i.deleteFirst()) {
            forgetOld(b, p);
            b.release(oldPayment, b.costs().programHold(old), b.costs().programCreditsPerSecond(old), false);
        }
        b.effect(Effect.Kind.HASH_NEW, p.itemHash(), "The program gets a new item hash and a new URL (" + ProgramView.URL_PREFIX
                + "<new hash>); the old URL " + p.url() + " stops");
        b.effect(Effect.Kind.BACKUP, p.itemHash(), "The old definition is kept in the local backup");
        b.warn(Warning.Kind.NEW_HASH_AND_URL, "Recreating gives a new item hash and a new URL; update any link to " + p.url() + ".");
        if (newCodeStore != null) {
            ResolvedReference oldCode = p.reference(Reference.Role.CODE).orElseThrow();
            VolumeView oldRoot = ctx.inventory().volume(oldCode.rootHash()).orElse(null);
            if (oldRoot != null && oldRoot.ownedByAccount()
                    && oldRoot.forgetBlockers().stream().allMatch(u -> u.programHash().equals(p.itemHash()))) {
                b.followUp("Forget the old code volume " + oldRoot.rootHash() + ", which no other program uses",
                        new Intent.ForgetVolume(oldRoot.rootHash()));
            }
        }
        Plan plan = b.build();
        if (!plan.cost().affordable() && !i.deleteFirst()) {
            Intent deleteFirst = new Intent.Recreate(i.program(), i.change(), i.newCode(), i.makeUpdatable(), true);
            if (affordsDeleteFirst((Intent.Recreate) deleteFirst)) {
                throw Refused.offering(i, "The balance cannot carry both programs while the new one is created (" + plan.cost().words()
                        + ").", deleteFirst, "Delete the old program first (it is backed up locally), then create the new one");
            }
        }
        return affordable(plan, i);
    }

    private boolean affordsDeleteFirst(Intent.Recreate deleteFirst) {
        try {
            return recreate(deleteFirst) instanceof Plan;
        } catch (Refused notEither) {
            return false;
        }
    }

    private void forgetOld(PlanBuilder b, ProgramView p) {
        b.forget(List.of(HashSource.known(p.itemHash())), p.owner(), p.channel(), "Recreated as a new program");
        b.awaitForgotten(List.of(HashSource.known(p.itemHash())));
    }

    /**
     * Makes the new program updatable when asked: allow_amend, and every pinned code, data or
     * volume reference follows latest where that keeps the very same file. Says what each choice locks.
     */
    private void explainLocks(PlanBuilder b, ProgramView p, ObjectNode content, boolean makeUpdatable, boolean newCode) {
        if (makeUpdatable) {
            content.put("allow_amend", true);
            b.effect(Effect.Kind.LOCK, "allow_amend", "config updatable (allow_amend true): later settings changes are amends, "
                    + "each with a new hash and URL");
        } else {
            b.effect(Effect.Kind.LOCK, "allow_amend", content.path("allow_amend").asBoolean(false)
                    ? "config updatable (allow_amend true), as before"
                    : "config locked (allow_amend false): any later settings change needs another delete-and-recreate");
        }
        for (ResolvedReference r : p.references()) {
            if (r.role() == Reference.Role.RUNTIME || r.role() == Reference.Role.PARENT || (newCode && r.role() == Reference.Role.CODE)) {
                continue;
            }
            ObjectNode node = (ObjectNode) ContentEdits.target(content, new ReferenceChange(r.role(), r.reference().ref(), null, null));
            if (node == null || !r.reference().ref().equals(node.path("ref").asText(null))) {
                continue;
            }
            boolean follows = node.path("use_latest").asBoolean(false);
            if (!follows && makeUpdatable) {
                VolumeView v = ctx.inventory().volume(r.rootHash()).orElse(null);
                boolean sameFile = v != null && !r.pointsAtRevision() && v.currentByCrn() != null && r.inEffect() != null
                        && v.currentByCrn().itemHash().equals(r.inEffect().itemHash());
                if (sameFile) {
                    node.put("use_latest", true);
                    follows = true;
                } else {
                    b.effect(Effect.Kind.LOCK, r.reference().ref(), r.label() + ": stays pinned, because following the latest "
                            + "revision would change its file" + (r.pointsAtRevision() ? " (it is pinned to a revision)" : "")
                            + " → later updates need an amend");
                    continue;
                }
            }
            b.effect(Effect.Kind.LOCK, r.reference().ref(), follows
                    ? r.label() + ": follows latest → later updates are revisions that keep the program's hash and URL"
                    : r.label() + ": pinned → later updates need an amend (new hash and URL)");
        }
    }

    /**
     * A recreate or an encoding switch writes the new code's packaging into {@code code.encoding};
     * otherwise it already matches.
     */
    private static void newEncoding(PlanBuilder b, ObjectNode code, LocalArtifact newCode) {
        String before = code.path("encoding").asText(null);
        String after = newCode.encoding().wire();
        if (!after.equals(before)) {
            code.put("encoding", after);
            b.effect(Effect.Kind.LOCK, "code.encoding", "code.encoding: " + before + " → " + after + " (how the new code is packaged)");
        }
    }

    /**
     * Volumes that compute nodes refuse (ephemeral, persistent not on the host) are carried over as
     * they are, since a change never adds them, but the new program will not start with them.
     */
    private static void warnRefusedVolumes(PlanBuilder b, ObjectNode content) {
        for (Volume v : new ProgramContent(content).volumes()) {
            String why = BootChecks.unsupported(v);
            if (why != null) {
                b.warn(Warning.Kind.NODE, "The volume at " + v.mount() + " is " + why + ": current compute nodes refuse to start "
                        + "a program with such a volume, so the new program will not start. Remove that volume in the same change "
                        + "to make it start.");
            }
        }
    }

    /**
     * When a folder was packaged otherwise than the program declares (its zip outgrew the inline
     * limit, so it became squashfs), offers the path that switches the encoding: an amend when
     * allowed, else a recreate. Executable programs must stay zips, so they get no offer.
     */
    private void offerEncodingSwitch(Intent.UpdateCode i, ProgramView p, String declared) {
        LocalArtifact a = i.artifact();
        if (a.encoding() != ArtifactEncoding.SQUASHFS || "executable".equals(CodeRules.interfaceOf(p))) {
            return;
        }
        new CodeRules(i).check(p, a, a.encoding().wire());
        String reason = (a.wasFolder() ? "The folder " + a.path() + " was packaged as squashfs (as a zip it would pass the "
                + CodeRules.MAX_INLINE + " bytes compute nodes accept inline)" : a.path() + " is a squashfs image")
                + ", but program " + label(p) + " declares code.encoding " + declared + ": a new revision of its code cannot "
                + "change the encoding, and compute nodes would fail to open it.";
        if (p.allowAmend()) {
            throw Refused.offering(i, reason, new Intent.UpdateCode(p.itemHash(), a, true),
                    "Amend the program to squashfs code (new hash and URL)");
        }
        throw Refused.offering(i, reason + " The program is immutable (allow_amend false).",
                new Intent.Recreate(p.itemHash(), SettingsChange.none(), a, true),
                "Recreate the program with squashfs code (new hash and URL; made updatable)");
    }

    private String setPayment(PlanBuilder b, ObjectNode content) {
        String before = Payment.of(content.get("payment")).type();
        String type = b.costs().programPaymentType(content);
        if (!type.equals(before)) {
            b.warn(Warning.Kind.PAYMENT, "Payment switches from " + before + " to " + type + ": the network accepts only credit "
                    + "payment for " + (b.costs().allCreditOnly() ? "new PROGRAM messages from 2027-01-01" : "persistent programs from 2026-03-11") + ".");
        }
        ObjectNode payment = content.path("payment").isObject() ? (ObjectNode) content.get("payment") : content.putObject("payment");
        if (!payment.has("chain")) {
            payment.put("chain", "ETH");
        }
        payment.put("type", type);
        return type;
    }

    private PlanResult affordable(Plan plan, Intent i) {
        if (plan.cost().affordable()) {
            return plan;
        }
        throw Refused.because(i, "The funds do not cover this change (" + plan.cost().words() + "). Add ALEPH or credits, then try again.");
    }

    private static String label(ProgramView p) {
        return p.name() == null ? p.itemHash() : "'" + p.name() + "' (" + p.itemHash() + ")";
    }

    private static String codeName(ProgramView p) {
        return p.name() == null ? null : p.name() + " code";
    }
}
