package org.alephdeploy.deploy.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alephdeploy.deploy.plan.ArtifactEncoding;
import org.alephdeploy.deploy.plan.ContentTemplate;
import org.alephdeploy.deploy.plan.CostEstimate;
import org.alephdeploy.deploy.plan.Effect;
import org.alephdeploy.deploy.plan.FollowUp;
import org.alephdeploy.deploy.plan.HashSource;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.plan.LocalArtifact;
import org.alephdeploy.deploy.plan.Plan;
import org.alephdeploy.deploy.plan.ReferenceChange;
import org.alephdeploy.deploy.plan.SettingsChange;
import org.alephdeploy.deploy.plan.Step;
import org.alephdeploy.deploy.plan.StepRef;
import org.alephdeploy.deploy.plan.VolumeChange;
import org.alephdeploy.deploy.plan.Warning;
import org.alephdeploy.message.ItemType;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.MessageType;
import org.alephdeploy.message.Reference;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Plans and intents as JSON, for the journal: everything a resumed run needs (the steps with
 * their content templates) and everything a person reads later (effects, warnings, cost).
 * {@code decode(encode(p))} gives a plan equal in every step, effect and warning.
 */
public final class PlanCodec {
    private PlanCodec() {
    }

    public static ObjectNode encode(Plan plan) {
        ObjectNode o = Json.object();
        o.set("intent", encodeIntent(plan.intent()));
        ArrayNode steps = o.putArray("steps");
        plan.steps().forEach(s -> steps.add(encodeStep(s)));
        ArrayNode effects = o.putArray("effects");
        for (Effect e : plan.effects()) {
            ObjectNode n = effects.addObject().put("kind", e.kind().name()).put("words", e.words());
            if (e.subject() != null) {
                n.put("subject", e.subject());
            }
        }
        ArrayNode warnings = o.putArray("warnings");
        plan.warnings().forEach(w -> warnings.addObject().put("kind", w.kind().name()).put("words", w.words()));
        ArrayNode follow = o.putArray("follow_ups");
        for (FollowUp f : plan.followUps()) {
            ObjectNode n = follow.addObject().put("words", f.words());
            if (f.intent() != null) {
                n.set("intent", encodeIntent(f.intent()));
            }
        }
        CostEstimate c = plan.cost();
        ObjectNode cost = o.putObject("cost");
        if (c.paymentType() != null) {
            cost.put("payment_type", c.paymentType());
        }
        cost.put("hold_required", c.holdRequired()).put("hold_released", c.holdReleased())
                .put("credits_per_second", c.creditsPerSecond()).put("credits_per_hour", c.creditsPerHour())
                .put("credits_required", c.creditsRequired()).put("affordable", c.affordable());
        if (c.runwayHours() == null) {
            cost.putNull("runway_hours");
        } else {
            cost.put("runway_hours", c.runwayHours());
        }
        ArrayNode detail = cost.putArray("detail");
        for (CostEstimate.Line l : c.detail()) {
            ObjectNode d = detail.addObject().put("type", l.type()).put("name", l.name()).put("cost_hold", l.costHold())
                    .put("cost_credit", l.costCredit());
            if (l.sizeMib() == null) {
                d.putNull("size_mib");
            } else {
                d.put("size_mib", l.sizeMib());
            }
        }
        cost.put("source", c.source()).put("words", c.words());
        o.put("not_before", plan.notBefore());
        return o;
    }

    public static Plan decode(JsonNode o) {
        Intent intent = decodeIntent(o.get("intent"));
        List<Step> steps = new ArrayList<>();
        o.path("steps").forEach(s -> steps.add(decodeStep(s)));
        List<Effect> effects = new ArrayList<>();
        o.path("effects").forEach(e -> effects.add(new Effect(Effect.Kind.valueOf(e.path("kind").asText()),
                text(e, "subject"), e.path("words").asText())));
        List<Warning> warnings = new ArrayList<>();
        o.path("warnings").forEach(w -> warnings.add(new Warning(Warning.Kind.valueOf(w.path("kind").asText()),
                w.path("words").asText())));
        List<FollowUp> followUps = new ArrayList<>();
        o.path("follow_ups").forEach(f -> followUps.add(new FollowUp(f.path("words").asText(),
                f.hasNonNull("intent") ? decodeIntent(f.get("intent")) : null)));
        JsonNode c = o.path("cost");
        List<CostEstimate.Line> lines = new ArrayList<>();
        c.path("detail").forEach(d -> lines.add(new CostEstimate.Line(d.path("type").asText(), d.path("name").asText(),
                d.path("cost_hold").decimalValue(), d.path("cost_credit").decimalValue(),
                d.hasNonNull("size_mib") ? d.get("size_mib").decimalValue() : null)));
        CostEstimate cost = new CostEstimate(text(c, "payment_type"), c.path("hold_required").decimalValue(),
                c.path("hold_released").decimalValue(), c.path("credits_per_second").decimalValue(),
                c.path("affordable").asBoolean(), c.path("words").asText(), c.path("credits_required").decimalValue(),
                c.hasNonNull("runway_hours") ? c.get("runway_hours").decimalValue() : null, lines, text(c, "source"), null);
        return new Plan(intent, steps, effects, warnings, followUps, cost, o.path("not_before").decimalValue());
    }

    public static ObjectNode encodeIntent(Intent intent) {
        ObjectNode o = intent.accept(new Intent.Cases<ObjectNode>() {
            public ObjectNode updateCode(Intent.UpdateCode i) {
                ObjectNode o = kind(i).put("program", i.program()).set("artifact", artifact(i.artifact()));
                if (i.switchEncoding()) {
                    o.put("switch_encoding", true);
                }
                return o;
            }

            public ObjectNode updateVolume(Intent.UpdateVolume i) {
                return kind(i).put("root", i.root()).set("artifact", artifact(i.artifact()));
            }

            public ObjectNode uploadVolume(Intent.UploadVolume i) {
                ObjectNode o = kind(i).set("artifact", artifact(i.artifact()));
                putOpt(o, "name", i.name());
                return o;
            }

            public ObjectNode pinCid(Intent.PinCid i) {
                ObjectNode o = kind(i).put("cid", i.cid());
                putOpt(o, "root", i.rootOrNull());
                return o;
            }

            public ObjectNode rollback(Intent.Rollback i) {
                return kind(i).put("root", i.root()).put("revision", i.revisionHash());
            }

            public ObjectNode changeSettings(Intent.ChangeSettings i) {
                return kind(i).put("program", i.program()).set("change", settings(i.change()));
            }

            public ObjectNode deleteProgram(Intent.DeleteProgram i) {
                return kind(i).put("program", i.program()).put("forget_volumes", i.forgetUnusedVolumes());
            }

            public ObjectNode recreate(Intent.Recreate i) {
                ObjectNode o = kind(i).put("program", i.program()).put("make_updatable", i.makeUpdatable())
                        .put("delete_first", i.deleteFirst()).set("change", settings(i.change()));
                if (i.newCode() != null) {
                    o.set("new_code", artifact(i.newCode()));
                }
                return o;
            }

            public ObjectNode forgetVolume(Intent.ForgetVolume i) {
                return kind(i).put("root", i.root());
            }
        });
        o.put("words", intent.words());
        return o;
    }

    private static ObjectNode kind(Intent intent) {
        return Json.object().put("kind", kindOf(intent));
    }

    /** The journal's name for an intent's kind (field {@code kind} of an encoded intent). */
    public static String kindOf(Intent intent) {
        return intent.accept(new Intent.Cases<>() {
            public String updateCode(Intent.UpdateCode i) {
                return "update-code";
            }

            public String updateVolume(Intent.UpdateVolume i) {
                return "update-volume";
            }

            public String uploadVolume(Intent.UploadVolume i) {
                return "upload";
            }

            public String pinCid(Intent.PinCid i) {
                return "pin-cid";
            }

            public String rollback(Intent.Rollback i) {
                return "rollback";
            }

            public String changeSettings(Intent.ChangeSettings i) {
                return "change";
            }

            public String deleteProgram(Intent.DeleteProgram i) {
                return "delete";
            }

            public String recreate(Intent.Recreate i) {
                return "recreate";
            }

            public String forgetVolume(Intent.ForgetVolume i) {
                return "forget-volume";
            }
        });
    }

    public static Intent decodeIntent(JsonNode o) {
        String kind = o.path("kind").asText();
        return switch (kind) {
            case "update-code" -> new Intent.UpdateCode(o.path("program").asText(), artifact(o.get("artifact")),
                    o.path("switch_encoding").asBoolean(false));
            case "update-volume" -> new Intent.UpdateVolume(o.path("root").asText(), artifact(o.get("artifact")));
            case "upload" -> new Intent.UploadVolume(artifact(o.get("artifact")), text(o, "name"));
            case "pin-cid" -> new Intent.PinCid(text(o, "root"), o.path("cid").asText());
            case "rollback" -> new Intent.Rollback(o.path("root").asText(), o.path("revision").asText());
            case "change" -> new Intent.ChangeSettings(o.path("program").asText(), settings(o.get("change")));
            case "delete" -> new Intent.DeleteProgram(o.path("program").asText(), o.path("forget_volumes").asBoolean());
            case "recreate" -> new Intent.Recreate(o.path("program").asText(), settings(o.get("change")),
                    o.hasNonNull("new_code") ? artifact(o.get("new_code")) : null, o.path("make_updatable").asBoolean(),
                    o.path("delete_first").asBoolean());
            case "forget-volume" -> new Intent.ForgetVolume(o.path("root").asText());
            default -> throw new IllegalArgumentException("unknown intent kind '" + kind + "' in the journal");
        };
    }

    private static ObjectNode encodeStep(Step s) {
        ObjectNode o = Json.object().put("index", s.index()).put("kind", s.kind().name()).put("words", s.words());
        if (s instanceof Step.Upload u) {
            o.set("artifact", artifact(u.artifact()));
            o.put("engine", u.engine().wire());
        } else if (s instanceof Step.PublishStore p) {
            o.set("template", template(p.template()));
        } else if (s instanceof Step.PublishProgram p) {
            o.set("template", template(p.template()));
        } else if (s instanceof Step.Forget f) {
            o.set("hashes", hashes(f.hashes()));
            o.put("address", f.address());
            putOpt(o, "channel", f.channel());
            o.put("reason", f.reason());
        } else if (s instanceof Step.AwaitProcessed a) {
            o.put("of_step", a.step().step());
        } else if (s instanceof Step.AwaitForgotten a) {
            o.set("hashes", hashes(a.hashes()));
        } else if (s instanceof Step.Backup b) {
            o.put("program", b.programHash());
        }
        return o;
    }

    private static Step decodeStep(JsonNode o) {
        int index = o.path("index").asInt();
        String words = o.path("words").asText();
        return switch (o.path("kind").asText()) {
            case "UPLOAD" -> new Step.Upload(index, artifact(o.get("artifact")), ItemType.fromWire(o.path("engine").asText()));
            case "PUBLISH_STORE" -> new Step.PublishStore(index, template(o.get("template")), words);
            case "PUBLISH_PROGRAM" -> new Step.PublishProgram(index, template(o.get("template")), words);
            case "FORGET" -> new Step.Forget(index, hashes(o.get("hashes")), o.path("address").asText(), text(o, "channel"),
                    o.path("reason").asText());
            case "AWAIT_PROCESSED" -> new Step.AwaitProcessed(index, new StepRef(o.path("of_step").asInt()), words);
            case "AWAIT_FORGOTTEN" -> new Step.AwaitForgotten(index, hashes(o.get("hashes")));
            case "BACKUP" -> new Step.Backup(index, o.path("program").asText());
            default -> throw new IllegalArgumentException("unknown step kind " + o.path("kind").asText() + " in the journal");
        };
    }

    private static ObjectNode template(ContentTemplate t) {
        ObjectNode o = Json.object().put("type", t.type().wire());
        putOpt(o, "channel", t.channel());
        o.set("content", t.content());
        ArrayNode fills = o.putArray("fills");
        t.fills().forEach(f -> fills.addObject().put("pointer", f.pointer()).put("from_step", f.from().step()));
        return o;
    }

    private static ContentTemplate template(JsonNode o) {
        List<ContentTemplate.Fill> fills = new ArrayList<>();
        o.path("fills").forEach(f -> fills.add(new ContentTemplate.Fill(f.path("pointer").asText(),
                new StepRef(f.path("from_step").asInt()))));
        return new ContentTemplate(MessageType.fromWire(o.path("type").asText()), text(o, "channel"),
                (ObjectNode) o.get("content"), fills);
    }

    private static ArrayNode hashes(List<HashSource> hashes) {
        ArrayNode a = Json.array();
        for (HashSource h : hashes) {
            if (h instanceof HashSource.Known k) {
                a.addObject().put("hash", k.hash());
            } else if (h instanceof HashSource.FromStep f) {
                a.addObject().put("from_step", f.ref().step());
            }
        }
        return a;
    }

    private static List<HashSource> hashes(JsonNode a) {
        List<HashSource> out = new ArrayList<>();
        a.forEach(h -> out.add(h.has("hash") ? HashSource.known(h.get("hash").asText())
                : HashSource.of(new StepRef(h.path("from_step").asInt()))));
        return out;
    }

    static ObjectNode artifact(LocalArtifact a) {
        ObjectNode o = Json.object().put("path", a.path()).put("sha256", a.sha256()).put("size", a.size())
                .put("encoding", a.encoding().wire()).put("was_folder", a.wasFolder());
        if (!a.leftOut().isEmpty()) {
            a.leftOut().forEach(o.putArray("left_out")::add);
        }
        return o;
    }

    static LocalArtifact artifact(JsonNode o) {
        List<String> leftOut = new ArrayList<>();
        o.path("left_out").forEach(p -> leftOut.add(p.asText()));
        return new LocalArtifact(o.path("path").asText(), o.path("sha256").asText(), o.path("size").asLong(),
                ArtifactEncoding.fromWire(o.path("encoding").asText()), o.path("was_folder").asBoolean(), leftOut);
    }

    private static ObjectNode settings(SettingsChange c) {
        ObjectNode o = Json.object();
        putOpt(o, "vcpus", c.vcpus());
        putOpt(o, "memory_mib", c.memoryMib());
        putOpt(o, "timeout_seconds", c.timeoutSeconds());
        if (!c.setVariables().isEmpty()) {
            ObjectNode env = o.putObject("set_variables");
            new TreeMap<>(c.setVariables()).forEach(env::put);
        }
        if (!c.removeVariables().isEmpty()) {
            ArrayNode rm = o.putArray("remove_variables");
            new TreeSet<>(c.removeVariables()).forEach(rm::add);
        }
        if (c.persistent() != null) {
            o.put("persistent", c.persistent());
        }
        if (c.internet() != null) {
            o.put("internet", c.internet());
        }
        ArrayNode volumes = o.putArray("volumes");
        for (VolumeChange v : c.volumes()) {
            ObjectNode n = volumes.addObject().put("remove", v.remove()).put("op", v.op().name()).put("mount", v.mount())
                    .put("use_latest", v.useLatest());
            putOpt(n, "kind", v.kind() == null ? null : v.kind().name());
            putOpt(n, "ref", v.ref());
            putOpt(n, "comment", v.comment());
            if (v.sizeMib() != null) {
                n.put("size_mib", v.sizeMib());
            }
            putOpt(n, "name", v.name());
            putOpt(n, "persistence", v.persistence());
        }
        ArrayNode refs = o.putArray("references");
        for (ReferenceChange r : c.references()) {
            ObjectNode n = refs.addObject().put("role", r.role().name());
            putOpt(n, "current_ref", r.currentRef());
            putOpt(n, "new_ref", r.newRef());
            if (r.useLatest() != null) {
                n.put("use_latest", r.useLatest());
            }
        }
        return o;
    }

    private static SettingsChange settings(JsonNode o) {
        if (o == null || o.isNull()) {
            return SettingsChange.none();
        }
        Map<String, String> set = new LinkedHashMap<>();
        o.path("set_variables").fields().forEachRemaining(e -> set.put(e.getKey(), e.getValue().asText()));
        Set<String> remove = new LinkedHashSet<>();
        o.path("remove_variables").forEach(v -> remove.add(v.asText()));
        List<VolumeChange> volumes = new ArrayList<>();
        o.path("volumes").forEach(v -> volumes.add(volumeChange(v)));
        List<ReferenceChange> refs = new ArrayList<>();
        o.path("references").forEach(r -> refs.add(new ReferenceChange(Reference.Role.valueOf(r.path("role").asText()),
                text(r, "current_ref"), text(r, "new_ref"), r.has("use_latest") ? r.get("use_latest").asBoolean() : null)));
        return new SettingsChange(integer(o, "vcpus"), integer(o, "memory_mib"), integer(o, "timeout_seconds"), set, remove,
                o.has("persistent") ? o.get("persistent").asBoolean() : null,
                o.has("internet") ? o.get("internet").asBoolean() : null, volumes, refs);
    }

    /** A journal written before volume kinds existed holds only {@code remove} and immutable additions. */
    private static VolumeChange volumeChange(JsonNode v) {
        VolumeChange.Op op = v.hasNonNull("op") ? VolumeChange.Op.valueOf(v.get("op").asText())
                : v.path("remove").asBoolean() ? VolumeChange.Op.REMOVE : VolumeChange.Op.ADD;
        VolumeChange.Kind kind = v.hasNonNull("kind") ? VolumeChange.Kind.valueOf(v.get("kind").asText())
                : op == VolumeChange.Op.ADD ? VolumeChange.Kind.IMMUTABLE : null;
        return new VolumeChange(op, kind, v.path("mount").asText(), text(v, "ref"), v.path("use_latest").asBoolean(),
                text(v, "comment"), integer(v, "size_mib"), text(v, "name"), text(v, "persistence"));
    }

    private static Integer integer(JsonNode o, String key) {
        return o.hasNonNull(key) ? o.get(key).asInt() : null;
    }

    private static String text(JsonNode o, String key) {
        return o != null && o.hasNonNull(key) ? o.get(key).asText() : null;
    }

    private static void putOpt(ObjectNode o, String key, String value) {
        if (value != null) {
            o.put(key, value);
        }
    }

    private static void putOpt(ObjectNode o, String key, Integer value) {
        if (value != null) {
            o.put(key, value);
        }
    }
}
