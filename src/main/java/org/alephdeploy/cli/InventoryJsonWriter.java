package org.alephdeploy.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.alephdeploy.message.Payment;
import org.alephdeploy.message.ProgramContent;

/**
 * The {@code --json inventory} document (docs/cli-json.md) written item by item to a generator: at
 * ten times the address it is 70,000 items, and a tree of them all would be held only to be printed.
 */
final class InventoryJsonWriter {
    private final JsonGenerator g;
    private final Inventory inv;
    private final Spending spending;

    /** With {@code spending} (null offline): each program's {@code cost} and the document's {@code funds}. */
    private InventoryJsonWriter(JsonGenerator g, Inventory inv, Spending spending) {
        this.g = g;
        this.inv = inv;
        this.spending = spending;
    }

    static void write(JsonGenerator g, Inventory inv, BigDecimal now, boolean offline, Spending spending) throws IOException {
        new InventoryJsonWriter(g, inv, spending).document(now, offline);
    }

    private void document(BigDecimal now, boolean offline) throws IOException {
        g.writeStartObject();
        g.writeStringField("network", inv.network());
        g.writeStringField("address", inv.address());
        g.writeNumberField("fetched_at", inv.fetchedAt());
        g.writeNumberField("age_seconds", inv.age(now).toSeconds());
        g.writeBooleanField("offline", offline);
        g.writeArrayFieldStart("programs");
        for (ProgramChain c : inv.programs()) {
            for (ProgramView p : c.versions()) {
                program(p, c);
            }
        }
        g.writeEndArray();
        funds();
        g.writeArrayFieldStart("volumes");
        for (VolumeView v : inv.volumes()) {
            volume(v);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("unverified");
        for (Map.Entry<String, List<String>> e : inv.unverified().entrySet()) {
            strings(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private void program(ProgramView p, ProgramChain c) throws IOException {
        g.writeStartObject();
        g.writeStringField("hash", p.itemHash());
        g.writeStringField("name", p.name());
        g.writeStringField("status", p.status().wire());
        removalReason(p.itemHash());
        g.writeStringField("url", p.url());
        g.writeStringField("chain_root", c.original().itemHash());
        g.writeStringField("replaces", p.replaces());
        g.writeBooleanField("current", c.current().itemHash().equals(p.itemHash()));
        g.writeBooleanField("allow_amend", p.allowAmend());
        ProgramContent content = p.content();
        if (content != null) {
            g.writeNumberField("vcpus", content.vcpus());
            g.writeNumberField("memory_mib", content.memoryMib());
            g.writeNumberField("timeout_seconds", content.timeoutSeconds());
            g.writeBooleanField("persistent", content.persistent());
            g.writeNumberField("updated", p.message().time());
        }
        g.writeArrayFieldStart("references");
        for (ResolvedReference r : p.references()) {
            g.writeStartObject();
            g.writeStringField("role", r.role().name().toLowerCase(Locale.ROOT));
            g.writeStringField("label", r.label());
            g.writeStringField("ref", r.reference().ref());
            g.writeStringField("root", r.rootHash());
            g.writeBooleanField("use_latest", r.reference().useLatest());
            g.writeBooleanField("follows_latest", r.followsLatest());
            g.writeStringField("owner", r.storeOwner());
            g.writeStringField("file_hash", r.fileHash());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (p.mutability() != null) {
            g.writeBooleanField("config_locked", p.mutability().configLocked());
            strings("mutability", p.mutability().lines());
        }
        if (p.error() != null) {
            g.writeStringField("error", p.error().words());
        }
        verification(inv.verificationProblems(p.itemHash()));
        BootCheck boot = inv.boot(p);
        g.writeObjectFieldStart("boot");
        g.writeBooleanField("ok", boot.ok());
        g.writeArrayFieldStart("problems");
        for (BootProblem problem : boot.problems()) {
            g.writeStartObject();
            g.writeStringField("code", problem.code());
            g.writeStringField("words", problem.words());
            g.writeStringField("subject", problem.subject());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        if (spending != null) {
            cost(p);
        }
        g.writeEndObject();
    }

    private void cost(ProgramView p) throws IOException {
        g.writeObjectFieldStart("cost");
        Spending.ItemCost c = spending.items().get(p.itemHash());
        if (c == null) {
            g.writeStringField("payment_type", p.message() == null ? null : Payment.of(p.message().content().get("payment")).type());
            g.writeNullField("hold");
            g.writeNullField("credits_per_hour");
        } else {
            g.writeStringField("payment_type", c.paymentType());
            g.writeNumberField("hold", c.hold());
            g.writeNumberField("credits_per_hour", c.creditsPerHour());
        }
        g.writeEndObject();
    }

    private void funds() throws IOException {
        if (spending == null) {
            g.writeNullField("funds");
            return;
        }
        g.writeObjectFieldStart("funds");
        g.writeNumberField("balance", spending.balance());
        g.writeNumberField("held", spending.held());
        g.writeNumberField("credits", spending.credits());
        g.writeNumberField("credits_per_hour", spending.creditsPerHour());
        g.writeNumberField("runway_hours", spending.runwayHours());
        g.writeEndObject();
    }

    private void volume(VolumeView v) throws IOException {
        g.writeStartObject();
        g.writeStringField("root", v.rootHash());
        g.writeStringField("name", v.name());
        g.writeStringField("owner", v.owner());
        g.writeBooleanField("own", v.ownedByAccount());
        g.writeStringField("status", v.root() == null ? null : v.root().status().wire());
        if (v.root() != null) {
            removalReason(v.rootHash());
        }
        g.writeNumberField("revisions", v.revisions().size());
        StoreRevision cur = v.currentByCrn();
        g.writeStringField("current", cur == null ? null : cur.itemHash());
        g.writeStringField("current_status", cur == null ? null : cur.status().wire());
        g.writeStringField("file_hash", cur == null ? null : cur.fileHash());
        if (cur != null && cur.size() != null) {
            g.writeNumberField("size", cur.size());
        } else {
            g.writeNullField("size");
        }
        g.writeArrayFieldStart("used_by");
        for (VolumeUse u : v.uses()) {
            g.writeStartObject();
            g.writeStringField("program", u.programHash());
            g.writeStringField("owner", u.programOwner());
            g.writeStringField("role", u.role().name().toLowerCase(Locale.ROOT));
            g.writeStringField("how", u.how());
            g.writeEndObject();
        }
        g.writeEndArray();
        strings("flags", v.flags());
        verification(EngineViews.unverified(inv, v));
        g.writeEndObject();
    }

    /** {@code removing_reason} when the node is removing (or removed) {@code itemHash} and said why. */
    private void removalReason(String itemHash) throws IOException {
        String reason = inv.removalReason(itemHash).orElse(null);
        if (reason != null) {
            g.writeStringField("removing_reason", reason);
        }
    }

    /** {@code verifies} and {@code does_not_verify}: why nothing may act on it (empty when it verifies). */
    private void verification(List<String> problems) throws IOException {
        g.writeBooleanField("verifies", problems.isEmpty());
        strings("does_not_verify", problems);
    }

    private void strings(String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String s : values) {
            g.writeString(s);
        }
        g.writeEndArray();
    }
}
