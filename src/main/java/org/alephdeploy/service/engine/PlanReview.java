package org.alephdeploy.service.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.alephdeploy.deploy.inventory.Inventory;
import org.alephdeploy.deploy.inventory.ProgramView;
import org.alephdeploy.deploy.inventory.StoreRevision;
import org.alephdeploy.deploy.inventory.VolumeView;
import org.alephdeploy.message.ProgramContent;
import org.alephdeploy.deploy.plan.CostEstimate;
import org.alephdeploy.deploy.plan.Effect;
import org.alephdeploy.deploy.plan.Funds;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.plan.LocalArtifact;
import org.alephdeploy.deploy.plan.Plan;
import org.alephdeploy.deploy.plan.Step;
import org.alephdeploy.deploy.plan.Warning;
import org.alephdeploy.message.Json;

/**
 * A plan as the review page tells it: one summary line, a before/after table of what changes,
 * what breaks or needs the user, the cost as a bill, the 2027 credit note once, and the exact
 * contents of every message to be signed. Pure: made from the plan and what it was planned on.
 *
 * @param summary e.g. "weather-api · URL stays · running instances get weather-api-2.4.zip"
 * @param changes the rows of the before/after table (the URL always, then what differs)
 * @param breaks what stops working or needs the user's action, most serious first
 * @param bill the cost in plain words, one line each ("Free", "Locks 341 ALEPH (you hold 1,000)")
 * @param creditNote the note on credit-only payment from 2027, or null
 * @param messages each message to sign, with its exact content ({@code time} and earlier steps' hashes filled at signing)
 */
public record PlanReview(String summary, List<Change> changes, List<String> breaks, List<String> bill, String creditNote,
        List<Message> messages) {
    /** One row of the before/after table. */
    public record Change(String what, String before, String after) {
        public boolean changed() {
            return !Objects.equals(before, after);
        }
    }

    /** A message to be signed: its step, type and content as JSON. */
    public record Message(int step, String type, String json) {
    }

    public PlanReview {
        changes = List.copyOf(changes);
        breaks = List.copyOf(breaks);
        bill = List.copyOf(bill);
        messages = List.copyOf(messages);
    }

    /** The review of {@code plan}, made on {@code inventory} with the account's {@code funds} (null when unknown). */
    public static PlanReview of(Plan plan, Inventory inventory, Funds funds) {
        Intent intent = plan.intent();
        Optional<ProgramView> before = target(intent).flatMap(inventory::program).filter(p -> p.content() != null);
        ProgramContent after = publishedProgram(plan).map(ProgramContent::new).orElse(null);
        LocalArtifact upload = uploaded(intent);
        String name = before.map(ProgramView::name).orElseGet(() -> volumeName(intent, inventory));
        boolean deletes = intent instanceof Intent.DeleteProgram;
        boolean newUrl = !plan.effects(Effect.Kind.HASH_NEW).isEmpty() && before.isPresent();
        List<Change> changes = new ArrayList<>();
        before.ifPresent(b -> changes.addAll(programChanges(b, after, upload, deletes, newUrl)));
        if (before.isEmpty() && upload != null) {
            String was = intent instanceof Intent.UpdateVolume u ? inventory.volume(u.root()).map(v -> revisionWords(v.currentByCrn()))
                    .orElse("—") : "—";
            changes.add(new Change("File", was, fileWords(upload)));
        }
        if (intent instanceof Intent.Rollback r) {
            rolledBackVolume(r, inventory).ifPresent(v -> changes.add(new Change("Current file",
                    revisionWords(v.currentByCrn()), revisionWords(v.message(r.revisionHash()).orElse(null)))));
        }
        List<String> summary = new ArrayList<>();
        summary.add(name);
        if (before.isPresent()) {
            summary.add(deletes ? "URL stops working" : newUrl ? "new URL" : "URL stays");
        }
        summary.add(whatHappens(plan, upload));
        String creditNote = plan.warnings().stream().filter(w -> w.kind() == Warning.Kind.PAYMENT).map(Warning::words)
                .findFirst().orElse(null);
        return new PlanReview(String.join(" · ", summary), changes, breaks(plan, before, after, deletes, newUrl),
                bill(plan.cost(), funds), creditNote, messages(plan));
    }

    private static String whatHappens(Plan plan, LocalArtifact upload) {
        Intent intent = plan.intent();
        String file = upload == null ? null : fileName(upload);
        if (intent instanceof Intent.UpdateCode) {
            return "running instances get " + file;
        }
        if (intent instanceof Intent.UpdateVolume) {
            int following = plan.effects(Effect.Kind.PICKS_UP).size();
            return following == 0 ? "new revision " + file
                    : following == 1 ? "1 program following latest gets " + file : following + " programs following latest get " + file;
        }
        if (intent instanceof Intent.UploadVolume) {
            return "new volume from " + file;
        }
        if (intent instanceof Intent.Recreate) {
            return file == null ? "re-created with the same code" : "re-created with " + file;
        }
        if (intent instanceof Intent.DeleteProgram) {
            return "deleted for good";
        }
        if (intent instanceof Intent.Rollback r) {
            return r.revisionHash().equals(r.root()) ? "back to the original file" : "back to the file of revision " + shortHash(r.revisionHash());
        }
        if (intent instanceof Intent.ChangeSettings) {
            return "settings change";
        }
        return intent.words();
    }

    private static List<Change> programChanges(ProgramView b, ProgramContent after, LocalArtifact upload, boolean deletes,
            boolean newUrl) {
        ProgramContent was = b.content();
        ProgramContent will = after == null ? was : after;
        List<Change> rows = new ArrayList<>();
        String urlAfter = deletes ? "stops working" : newUrl ? "a new URL (known once signed)" : b.url();
        rows.add(new Change("URL", b.url(), urlAfter));
        String codeBefore = "code " + shortHash(codeRef(was));
        rows.add(new Change("Code", codeBefore, deletes ? "—" : upload != null ? fileWords(upload) : "code " + shortHash(codeRef(will))));
        if (deletes) {
            return rows;
        }
        addIfChanged(rows, "Lock", lock(was), lock(will));
        addIfChanged(rows, "Resources", resources(was), resources(will));
        addIfChanged(rows, "Runs", was.persistent() ? "persistent" : "on demand", will.persistent() ? "persistent" : "on demand");
        addIfChanged(rows, "Internet", was.internet() ? "yes" : "no", will.internet() ? "yes" : "no");
        addIfChanged(rows, "Variables", String.join(", ", was.variables().keySet()), String.join(", ", will.variables().keySet()));
        addIfChanged(rows, "Volumes", volumes(was), volumes(will));
        return rows;
    }

    private static String codeRef(ProgramContent c) {
        return c.code() == null ? null : c.code().ref();
    }

    private static void addIfChanged(List<Change> rows, String what, String before, String after) {
        Change c = new Change(what, before.isEmpty() ? "none" : before, after.isEmpty() ? "none" : after);
        if (c.changed()) {
            rows.add(c);
        }
    }

    private static String lock(ProgramContent c) {
        return c.allowAmend() ? "can be amended" : "locked (immutable)";
    }

    private static String resources(ProgramContent c) {
        return c.vcpus() + " vCPU · " + c.memoryMib() + " MiB · " + c.timeoutSeconds() + " s timeout";
    }

    private static String volumes(ProgramContent c) {
        return c.volumes().size() + " volume(s)";
    }

    private static List<String> breaks(Plan plan, Optional<ProgramView> before, ProgramContent after, boolean deletes,
            boolean newUrl) {
        List<String> out = new ArrayList<>();
        before.ifPresent(b -> {
            if (deletes || newUrl) {
                out.add("The old URL " + b.url() + " stops working: update DNS records, webhooks and links that use it.");
            }
            boolean persistent = b.content().persistent() || after != null && after.persistent();
            if (persistent && !deletes) {
                out.add("A persistent program restarts on its new message: expect a short downtime.");
            }
        });
        if (plan.steps().stream().anyMatch(s -> s instanceof Step.Forget)) {
            out.add("Forgotten messages never come back: what they held cannot be restored from the network.");
        }
        plan.warnings().stream().filter(w -> w.kind() != Warning.Kind.PAYMENT && w.kind() != Warning.Kind.NEW_HASH_AND_URL)
                .map(Warning::words).forEach(out::add);
        return out;
    }

    /** The cost in plain words: free, ALEPH locked against what the account holds, credits per hour and how long they last. */
    static List<String> bill(CostEstimate c, Funds funds) {
        List<String> out = new ArrayList<>();
        if (c.holdRequired().signum() > 0) {
            out.add("Locks " + amount(c.holdRequired()) + " ALEPH"
                    + (funds == null ? "" : " (you hold " + amount(funds.holdBalance()) + ")"));
        }
        if (c.holdReleased() != null && c.holdReleased().signum() > 0) {
            out.add("Releases " + amount(c.holdReleased()) + " ALEPH");
        }
        if (c.creditsPerSecond().signum() > 0) {
            String perHour = "≈ " + amount(c.creditsPerHour()) + " credits/hour";
            out.add(c.runwayHours() == null ? perHour : perHour + " — your balance lasts " + duration(c.runwayHours()));
        }
        if (out.isEmpty()) {
            out.add("Free");
        }
        if (!c.affordable()) {
            out.add("Your funds do not cover this: " + c.words() + ". Add ALEPH or credits, then plan again.");
        }
        return out;
    }

    private static String duration(BigDecimal hours) {
        long h = hours.setScale(0, RoundingMode.FLOOR).longValueExact();
        if (h < 48) {
            return h + (h == 1 ? " hour" : " hours");
        }
        return h / 24 + " days";
    }

    private static String amount(BigDecimal v) {
        if (v.signum() > 0 && v.compareTo(new BigDecimal("0.01")) < 0) {
            return "less than 0.01";
        }
        NumberFormat f = NumberFormat.getNumberInstance(Locale.ENGLISH);
        f.setMaximumFractionDigits(v.abs().compareTo(BigDecimal.TEN) >= 0 ? 0 : 2);
        return f.format(v);
    }

    private static List<Message> messages(Plan plan) {
        List<Message> out = new ArrayList<>();
        for (Step s : plan.steps()) {
            if (s instanceof Step.PublishProgram p) {
                out.add(message(s.index(), p.template().type().name(), p.template().channel(), p.template().content()));
            } else if (s instanceof Step.PublishStore p) {
                out.add(message(s.index(), p.template().type().name(), p.template().channel(), p.template().content()));
            } else if (s instanceof Step.Forget f) {
                out.add(message(s.index(), "FORGET", f.channel(), f.content(ref -> ref.toString(), null)));
            }
        }
        return out;
    }

    private static Message message(int index, String type, String channel, ObjectNode content) {
        ObjectNode m = Json.object();
        m.put("type", type);
        m.put("channel", channel);
        content.put("time", "<set when signed>");
        m.set("content", content);
        return new Message(index, type, Json.pretty(m));
    }

    private static Optional<String> target(Intent intent) {
        if (intent instanceof Intent.UpdateCode u) {
            return Optional.of(u.program());
        } else if (intent instanceof Intent.ChangeSettings c) {
            return Optional.of(c.program());
        } else if (intent instanceof Intent.DeleteProgram d) {
            return Optional.of(d.program());
        } else if (intent instanceof Intent.Recreate r) {
            return Optional.of(r.program());
        }
        return Optional.empty();
    }

    private static Optional<VolumeView> rolledBackVolume(Intent.Rollback r, Inventory inventory) {
        return inventory.volumes().stream().filter(v -> v.rootHash().equals(r.root())).findFirst();
    }

    /** A revision as its file name (when its STORE names one) and size, else its short hash. */
    private static String revisionWords(StoreRevision r) {
        if (r == null) {
            return "unknown";
        }
        String name = r.name() == null || r.name().isBlank() ? shortHash(r.itemHash()) : r.name();
        return r.size() == null ? name : name + " (" + bytes(r.size()) + ")";
    }

    private static String volumeName(Intent intent, Inventory inventory) {
        String root = intent instanceof Intent.UpdateVolume u ? u.root() : intent instanceof Intent.Rollback r ? r.root()
                : intent instanceof Intent.ForgetVolume f ? f.root() : null;
        if (root == null) {
            return intent instanceof Intent.UploadVolume u && u.name() != null && !u.name().isBlank() ? u.name() : "new volume";
        }
        return inventory.volumes().stream().filter(v -> v.rootHash().equals(root)).findFirst()
                .map(v -> v.name() == null ? shortHash(root) : v.name()).orElse(shortHash(root));
    }

    private static Optional<ObjectNode> publishedProgram(Plan plan) {
        return plan.steps().stream().filter(s -> s instanceof Step.PublishProgram).map(s -> ((Step.PublishProgram) s).template().content())
                .findFirst();
    }

    private static LocalArtifact uploaded(Intent intent) {
        if (intent instanceof Intent.UpdateCode u) {
            return u.artifact();
        } else if (intent instanceof Intent.UpdateVolume u) {
            return u.artifact();
        } else if (intent instanceof Intent.UploadVolume u) {
            return u.artifact();
        } else if (intent instanceof Intent.Recreate r) {
            return r.newCode();
        }
        return null;
    }

    /** The name the user gave the file (a folder's name with .zip), never the path of a temporary copy. */
    static String fileName(LocalArtifact a) {
        Path p = Path.of(a.path()).getFileName();
        String n = p == null ? a.path() : p.toString();
        return a.wasFolder() && !n.endsWith(".zip") ? n + ".zip" : n;
    }

    private static String fileWords(LocalArtifact a) {
        return fileName(a) + " (" + bytes(a.size()) + ")";
    }

    static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double v = n;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, v >= 100 ? "%.0f %s" : "%.1f %s", v, units[u]);
    }

    private static String shortHash(String hash) {
        return hash == null ? "—" : hash.length() <= 12 ? hash : hash.substring(0, 6) + "…" + hash.substring(hash.length() - 4);
    }
}
