package org.alephdeploy.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.alephdeploy.deploy.Spending;
import org.alephdeploy.deploy.inventory.BootCheck;
import org.alephdeploy.deploy.inventory.BootProblem;
import org.alephdeploy.deploy.inventory.Inventory;
import org.alephdeploy.deploy.inventory.ProgramChain;
import org.alephdeploy.deploy.inventory.ProgramView;
import org.alephdeploy.deploy.inventory.ResolvedReference;
import org.alephdeploy.deploy.inventory.StoreRevision;
import org.alephdeploy.deploy.inventory.VolumeUse;
import org.alephdeploy.deploy.inventory.VolumeView;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.Payment;
import org.alephdeploy.message.ProgramContent;

/**
 * The {@code --json inventory} document as a tree, as the command built it before it was streamed
 * ({@link InventoryJsonWriter}, issue 15): the reference the streamed document must equal, byte
 * for byte. A field added to the document is added here too.
 */
final class InventoryJsonTree {
    private InventoryJsonTree() {
    }

    /** With {@code spending} (null offline): each program's {@code cost} and the document's {@code funds}. */
    static ObjectNode document(Inventory inv, BigDecimal now, boolean offline, Spending spending) {
        ObjectNode o = Json.object();
        o.put("network", inv.network()).put("address", inv.address()).put("fetched_at", inv.fetchedAt())
                .put("age_seconds", inv.age(now).toSeconds()).put("offline", offline);
        ArrayNode programs = o.putArray("programs");
        for (ProgramChain c : inv.programs()) {
            for (ProgramView p : c.versions()) {
                ObjectNode n = programJson(inv, p, c);
                if (spending != null) {
                    n.set("cost", programCost(p, spending));
                }
                programs.add(n);
            }
        }
        if (spending == null) {
            o.putNull("funds");
        } else {
            ObjectNode f = o.putObject("funds");
            f.put("balance", spending.balance()).put("held", spending.held()).put("credits", spending.credits())
                    .put("credits_per_hour", spending.creditsPerHour());
            if (spending.runwayHours() == null) {
                f.putNull("runway_hours");
            } else {
                f.put("runway_hours", spending.runwayHours());
            }
        }
        ArrayNode volumes = o.putArray("volumes");
        for (VolumeView v : inv.volumes()) {
            ObjectNode n = volumes.addObject();
            n.put("root", v.rootHash());
            n.put("name", v.name());
            n.put("owner", v.owner());
            n.put("own", v.ownedByAccount());
            n.put("status", v.root() == null ? null : v.root().status().wire());
            putRemovalReason(n, inv, v.root() == null ? null : v.rootHash());
            n.put("revisions", v.revisions().size());
            StoreRevision cur = v.currentByCrn();
            n.put("current", cur == null ? null : cur.itemHash());
            n.put("current_status", cur == null ? null : cur.status().wire());
            n.put("file_hash", cur == null ? null : cur.fileHash());
            if (cur != null && cur.size() != null) {
                n.put("size", cur.size());
            } else {
                n.putNull("size");
            }
            ArrayNode uses = n.putArray("used_by");
            for (VolumeUse u : v.uses()) {
                uses.addObject().put("program", u.programHash()).put("owner", u.programOwner())
                        .put("role", u.role().name().toLowerCase(Locale.ROOT)).put("how", u.how());
            }
            v.flags().forEach(n.withArray("flags")::add);
            putVerification(n, EngineViews.unverified(inv, v));
        }
        ObjectNode all = o.putObject("unverified");
        inv.unverified().forEach((hash, problems) -> problems.forEach(all.withArray(hash)::add));
        return o;
    }

    private static ObjectNode programCost(ProgramView p, Spending spending) {
        ObjectNode cost = Json.object();
        Spending.ItemCost c = spending.items().get(p.itemHash());
        if (c == null) {
            cost.put("payment_type", p.message() == null ? null : Payment.of(p.message().content().get("payment")).type());
            cost.putNull("hold");
            cost.putNull("credits_per_hour");
        } else {
            cost.put("payment_type", c.paymentType()).put("hold", c.hold()).put("credits_per_hour", c.creditsPerHour());
        }
        return cost;
    }

    private static ObjectNode programJson(Inventory inv, ProgramView p, ProgramChain c) {
        ObjectNode n = Json.object();
        n.put("hash", p.itemHash());
        n.put("name", p.name());
        n.put("status", p.status().wire());
        putRemovalReason(n, inv, p.itemHash());
        n.put("url", p.url());
        n.put("chain_root", c.original().itemHash());
        n.put("replaces", p.replaces());
        n.put("current", c.current().itemHash().equals(p.itemHash()));
        n.put("allow_amend", p.allowAmend());
        ProgramContent content = p.content();
        if (content != null) {
            n.put("vcpus", content.vcpus()).put("memory_mib", content.memoryMib()).put("timeout_seconds", content.timeoutSeconds())
                    .put("persistent", content.persistent()).put("updated", p.message().time());
        }
        ArrayNode refs = n.putArray("references");
        for (ResolvedReference r : p.references()) {
            refs.addObject().put("role", r.role().name().toLowerCase(Locale.ROOT)).put("label", r.label())
                    .put("ref", r.reference().ref()).put("root", r.rootHash()).put("use_latest", r.reference().useLatest())
                    .put("follows_latest", r.followsLatest()).put("owner", r.storeOwner()).put("file_hash", r.fileHash());
        }
        if (p.mutability() != null) {
            n.put("config_locked", p.mutability().configLocked());
            p.mutability().lines().forEach(n.withArray("mutability")::add);
        }
        if (p.error() != null) {
            n.put("error", p.error().words());
        }
        putVerification(n, inv.verificationProblems(p.itemHash()));
        BootCheck boot = inv.boot(p);
        ObjectNode b = n.putObject("boot").put("ok", boot.ok());
        ArrayNode problems = b.putArray("problems");
        for (BootProblem problem : boot.problems()) {
            problems.addObject().put("code", problem.code()).put("words", problem.words()).put("subject", problem.subject());
        }
        return n;
    }

    /** {@code removing_reason} when the node is removing (or removed) {@code itemHash} and said why. */
    private static void putRemovalReason(ObjectNode n, Inventory inv, String itemHash) {
        if (itemHash != null) {
            inv.removalReason(itemHash).ifPresent(r -> n.put("removing_reason", r));
        }
    }

    /** {@code verifies} and, when it does not, {@code does_not_verify}: why nothing may act on it. */
    private static void putVerification(ObjectNode n, List<String> problems) {
        n.put("verifies", problems.isEmpty());
        problems.forEach(n.withArray("does_not_verify")::add);
    }
}
