package org.alephdeploy.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.alephdeploy.deploy.Spending;
import org.alephdeploy.deploy.inventory.BootCheck;
import org.alephdeploy.deploy.inventory.Inventory;
import org.alephdeploy.deploy.inventory.ProgramChain;
import org.alephdeploy.deploy.inventory.ProgramView;
import org.alephdeploy.deploy.inventory.Removals;
import org.alephdeploy.deploy.inventory.StoreRevision;
import org.alephdeploy.deploy.inventory.VolumeUse;
import org.alephdeploy.deploy.inventory.VolumeView;
import org.alephdeploy.deploy.outcome.OperationSummary;
import org.alephdeploy.deploy.outcome.RunOutcome;
import org.alephdeploy.deploy.outcome.VerificationCheck;
import org.alephdeploy.deploy.plan.Plan;
import org.alephdeploy.deploy.plan.PlanCosts;
import org.alephdeploy.deploy.plan.Refusal;
import org.alephdeploy.deploy.run.PlanCodec;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.MessageStatus;
import org.alephdeploy.message.ProgramContent;
import java.math.RoundingMode;
import java.util.TreeMap;
import java.util.Set;
import java.util.LinkedHashSet;

/** The engine's results as the command line prints them: JSON (docs/cli-json.md) and human lines. */
final class EngineViews {
    private EngineViews() {
    }

    // ---- inventory

    /** The funds in words: balance, held, credits, spend per hour, runway (a warning under 7 days). */
    static List<String> fundsLines(Spending s) {
        List<String> out = new ArrayList<>();
        out.add("");
        out.add("Funds: " + s.balance().stripTrailingZeros().toPlainString() + " ALEPH (" + s.held().setScale(6, RoundingMode.CEILING)
                .stripTrailingZeros().toPlainString() + " held), " + s.credits().stripTrailingZeros().toPlainString() + " credits, spending "
                + s.creditsPerHour().setScale(2, RoundingMode.CEILING).stripTrailingZeros().toPlainString() + " credits per hour"
                + (s.runwayHours() == null ? "" : "; they last " + PlanCosts.runwayWords(s.runwayHours())));
        if (s.runsOutWithin(Spending.WARN_BELOW_HOURS)) {
            out.add("Warning: the credits run out within 7 days; credit-paid programs and files are removed when less than a day "
                    + "is left. Add credits.");
        }
        return out;
    }

    /** Why the messages of a volume (its root and revisions) do not verify, each prefixed by its hash. */
    static List<String> unverified(Inventory inv, VolumeView v) {
        List<String> out = new ArrayList<>();
        Set<String> hashes = new LinkedHashSet<>();
        hashes.add(v.rootHash());
        v.timeline().forEach(r -> hashes.add(r.itemHash()));
        for (String h : hashes) {
            inv.verificationProblems(h).forEach(p -> out.add(h + ": " + p));
        }
        return out;
    }

    static List<String> inventoryLines(Inventory inv, BigDecimal now, boolean offline) {
        List<String> out = new ArrayList<>();
        out.add("Account " + inv.address() + " on " + inv.network() + (offline ? " (offline, cached " : " (fetched ")
                + age(inv.age(now)) + " ago)");
        out.add("");
        out.add("Programs");
        out.add(String.format(Locale.ROOT, "  %-64s  %-10s  %-8s  %-22s  %-10s  %s", "HASH", "STATUS", "CONFIG", "CODE / RUNTIME / VOLUMES",
                "RESOURCES", "NAME"));
        for (ProgramChain c : inv.programs()) {
            for (ProgramView p : c.versions()) {
                ProgramContent content = p.content();
                String pins = p.references().stream().map(r -> r.followsLatest() ? "L" : "P").reduce("", String::concat);
                out.add(String.format(Locale.ROOT, "  %-64s  %-10s  %-8s  %-22s  %-10s  %s%s", p.itemHash(), p.status().wire(),
                        content == null ? "-" : p.allowAmend() ? "amend" : "locked", pins.isEmpty() ? "-" : pins,
                        content == null ? "-" : content.vcpus() + "cpu/" + content.memoryMib() + "M",
                        p.name() == null ? "" : p.name(), p.isAmend() ? "  (amends " + shortHash(p.replaces()) + ")" : ""));
                inv.verificationProblems(p.itemHash()).forEach(problem -> out.add("      does not verify: " + problem
                        + " (nothing will be signed for it)"));
                if (p.status() == MessageStatus.REMOVING) {
                    out.add("      " + Removals.words(inv.removalReason(p.itemHash()).orElse(null)));
                }
                BootCheck boot = inv.boot(p);
                if (!boot.ok() && (p.status().live() || p.status() == MessageStatus.PENDING)) {
                    boot.problems().forEach(problem -> out.add("      will not start [" + problem.code() + "]: " + problem.words()));
                }
            }
        }
        out.add("  (references: L = follows latest, P = pinned; in the order code, runtime, data, volumes)");
        out.add("");
        out.add("Volumes");
        out.add(String.format(Locale.ROOT, "  %-64s  %-10s  %4s  %10s  %-14s  %s", "ROOT", "STATUS", "REVS", "SIZE", "USED BY", "NAME"));
        for (VolumeView v : inv.volumes()) {
            StoreRevision cur = v.currentByCrn();
            long follow = v.uses().stream().filter(VolumeUse::followsLatest).count();
            long pinned = v.uses().size() - follow;
            out.add(String.format(Locale.ROOT, "  %-64s  %-10s  %4d  %10s  %-14s  %s%s", v.rootHash(),
                    v.root() == null ? "-" : v.root().status().wire(), v.revisions().size(),
                    cur == null || cur.size() == null ? "-" : cur.size().toString(), follow + " follow/" + pinned + " pin",
                    v.name() == null ? "" : v.name(), v.ownedByAccount() ? "" : "  (owner " + v.owner() + ")"));
            if (v.root() != null && v.root().status() == MessageStatus.REMOVING) {
                out.add("      " + Removals.words(inv.removalReason(v.rootHash()).orElse(null)));
            } else if (cur != null && cur.status() == MessageStatus.REMOVING) {
                out.add("      current revision " + Removals.words(inv.removalReason(cur.itemHash()).orElse(null)));
            }
            unverified(inv, v).forEach(problem -> out.add("      does not verify: " + problem + " (nothing will be signed for it)"));
        }
        return out;
    }

    private static String shortHash(String h) {
        return h == null ? "-" : h.substring(0, Math.min(12, h.length())) + "…";
    }

    static String age(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s < 120) {
            return s + " s";
        }
        if (s < 7200) {
            return s / 60 + " min";
        }
        return s / 3600 + " h";
    }

    // ---- plans

    static ObjectNode planJson(Plan plan) {
        ObjectNode o = Json.object();
        o.put("result", "plan");
        ObjectNode p = PlanCodec.encode(plan);
        o.set("intent", p.get("intent"));
        ArrayNode steps = o.putArray("steps");
        plan.steps().forEach(s -> steps.addObject().put("index", s.index()).put("kind", s.kind().name().toLowerCase(Locale.ROOT))
                .put("words", s.words()));
        o.set("effects", p.get("effects"));
        o.set("warnings", p.get("warnings"));
        o.set("follow_ups", p.get("follow_ups"));
        o.set("cost", p.get("cost"));
        return o;
    }

    static ObjectNode refusalJson(Refusal r) {
        ObjectNode o = Json.object();
        o.put("result", "refused");
        o.set("intent", PlanCodec.encodeIntent(r.intent()));
        o.put("reason", r.reason());
        if (r.alternative() != null) {
            o.set("alternative", PlanCodec.encodeIntent(r.alternative()));
            o.put("alternative_words", r.alternativeWords());
        } else {
            o.putNull("alternative");
        }
        return o;
    }

    static List<String> planLines(Plan plan) {
        List<String> out = new ArrayList<>();
        out.add("Plan: " + plan.intent().words());
        out.addAll(plan.lines().stream().map(l -> "  " + l).toList());
        return out;
    }

    static List<String> refusalLines(Refusal r) {
        List<String> out = new ArrayList<>();
        out.add("Refused: " + r.intent().words());
        out.add("  " + r.reason());
        if (r.alternative() != null) {
            out.add("  Instead: " + r.alternativeWords() + " — " + r.alternative().words());
        }
        return out;
    }

    // ---- outcomes and the journal

    static ObjectNode outcomeJson(RunOutcome o) {
        ObjectNode n = Json.object();
        n.put("operation", o.operationId());
        n.put("status", o.status().wire());
        n.put("words", o.words());
        if (o.errorCode() != null) {
            n.put("error_code", o.errorCode());
        } else {
            n.putNull("error_code");
        }
        o.done().forEach(n.withArray("done")::add);
        o.remaining().forEach(n.withArray("remaining")::add);
        o.onNode().forEach(n.withArray("on_node")::add);
        o.howToGoBack().forEach(n.withArray("how_to_go_back")::add);
        ArrayNode checks = n.putArray("checks");
        for (VerificationCheck c : o.checks()) {
            checks.addObject().put("ok", c.ok()).put("words", c.words());
        }
        ObjectNode results = n.putObject("results");
        new TreeMap<>(o.results()).forEach((k, v) -> results.put(String.valueOf(k), v));
        return n;
    }

    static List<String> outcomeLines(RunOutcome o) {
        List<String> out = new ArrayList<>();
        out.add("Operation " + o.operationId() + ": " + o.status().wire());
        out.add("  " + o.words());
        section(out, "Done", o.done());
        section(out, "Remaining", o.remaining());
        if (!o.ok()) {
            section(out, "On the node because of this operation", o.onNode());
            section(out, "How to go back", o.howToGoBack());
        }
        if (!o.checks().isEmpty()) {
            section(out, "Verified on the node", o.checks().stream().map(c -> (c.ok() ? "ok    " : "FAILED ") + c.words()).toList());
        }
        if (o.status().resumable()) {
            out.add("  Resume with: aleph-deploy journal resume " + o.operationId() + "   (or give up: journal abandon "
                    + o.operationId() + ")");
        }
        return out;
    }

    private static void section(List<String> out, String title, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        out.add("  " + title + ":");
        lines.forEach(l -> out.add("    " + l));
    }

    static ObjectNode summaryJson(OperationSummary s) {
        ObjectNode n = Json.object();
        n.put("id", s.id()).put("status", s.status().wire()).put("network", s.network()).put("address", s.address())
                .put("signer", s.signer()).put("intent", s.intent())
                .put("started", s.started() == null ? null : s.started().toString())
                .put("updated", s.updated() == null ? null : s.updated().toString())
                .put("steps_done", s.stepsDone()).put("step_count", s.stepCount()).put("words", s.words());
        return n;
    }

    static String summaryLine(OperationSummary s) {
        return String.format(Locale.ROOT, "%-28s %-11s %3d/%-3d %-10s %s", s.id(), s.status().wire(), s.stepsDone(), s.stepCount(),
                s.network() == null ? "-" : s.network(), s.intent() == null ? s.words() : s.intent());
    }
}
