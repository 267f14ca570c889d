package org.alephdeploy.ui.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.alephdeploy.ui.details.ItemDetails;
import org.alephdeploy.ui.details.ItemDetails.ChainEntry;
import org.alephdeploy.ui.details.ItemDetails.Field;
import org.alephdeploy.ui.details.ItemDetails.HistoryEntry;
import org.alephdeploy.ui.details.ItemDetails.Link;
import org.alephdeploy.ui.model.Sizes;
import org.alephdeploy.ui.programs.ProgramRow;
import org.alephdeploy.ui.programs.RefPin;
import org.alephdeploy.ui.volumes.VolumeRow;
import java.math.BigDecimal;

/** Builds the details pane's content for the demo rows, including a believable raw content. */
final class DemoDetails {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CI_SIGNER = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";

    private final DemoData data;

    DemoDetails(DemoData data) {
        this.data = data;
    }

    ItemDetails of(String hash) {
        for (ProgramRow p : data.programs()) {
            if (p.itemHash().equals(hash)) {
                return program(p);
            }
        }
        for (VolumeRow v : data.volumes()) {
            if (v.rootHash().equals(hash)) {
                return volume(v);
            }
        }
        throw new IllegalArgumentException("unknown item " + hash);
    }

    private ItemDetails program(ProgramRow p) {
        List<Field> fields = List.of(
                new Field("Name", p.displayName(), false),
                new Field("Item hash", p.itemHash(), true),
                new Field("Owner", p.owner(), true),
                new Field("Status", p.status().label(), false),
                new Field("allow_amend", String.valueOf(p.allowAmend()), true),
                new Field("Code", p.code().ref() + (p.code().followsLatest() ? "  (use_latest)" : "  (pinned)"), true),
                new Field("Entrypoint", "main:app", true),
                new Field("Runtime", p.runtime().ref() + (p.runtime().followsLatest() ? "  (use_latest)" : "  (pinned)"), true),
                new Field("Resources", p.vcpus() + " vCPU, " + Sizes.mebibytes(p.memoryMiB()) + ", timeout 30 s", false),
                new Field("Payment", "credit", false),
                new Field("URL", p.url(), true));
        List<ChainEntry> chain = new ArrayList<>();
        if (p.allowAmend() && p.name().startsWith("weather")) {
            chain.add(new ChainEntry(DemoData.hash(p.name() + "-v1"), data.ago(700), "original", false));
            chain.add(new ChainEntry(DemoData.hash(p.name() + "-v2"), data.ago(300), "amend: memory 1 GiB → 2 GiB", false));
        }
        chain.add(new ChainEntry(p.itemHash(), p.updated(), chain.isEmpty() ? "original" : "amend: volume /data/site", true));
        List<ChainEntry> revisions = new ArrayList<>();
        for (int i = 1; i <= p.codeRevisions(); i++) {
            revisions.add(new ChainEntry(DemoData.hash(p.name() + "-code" + (i == 1 ? "" : "-r" + i)),
                    data.ago(24L * (p.codeRevisions() - i) + 2), i == 1 ? "root" : "revision " + i, i == p.codeRevisions()));
        }
        List<Link> depends = new ArrayList<>();
        depends.add(new Link(p.name() + ".zip", p.code().ref(), "code", p.code().followsLatest()));
        depends.add(new Link(DemoData.RUNTIME_NAME, p.runtime().ref(), "runtime", p.runtime().followsLatest()));
        for (RefPin v : p.volumes()) {
            depends.add(new Link(volumeName(v.ref()), v.ref(), "volume " + v.role(), v.followsLatest()));
        }
        return new ItemDetails(ItemDetails.Kind.PROGRAM, p.displayName(), p.itemHash(), fields, chain, revisions,
                depends, List.of(), programJson(p), p.code().ref(), history(p, chain, revisions));
    }

    /** The program's versions and its code's revisions, newest first, signed by the demo account (or a CI key). */
    private List<HistoryEntry> history(ProgramRow p, List<ChainEntry> chain, List<ChainEntry> revisions) {
        List<HistoryEntry> out = new ArrayList<>();
        for (int i = revisions.size() - 1; i >= 1; i--) {
            ChainEntry r = revisions.get(i);
            boolean ci = i % 2 == 0;
            out.add(new HistoryEntry(HistoryEntry.Step.CODE_REVISION, r.itemHash(), r.time(), p.name() + "-2." + i + ".zip",
                    1_200_000L + 37_000L * i, ci ? CI_SIGNER : p.owner(), ci ? null : DemoData.ACCOUNT_NAME, r.current(),
                    r.current() || !p.code().followsLatest() ? null : r.itemHash()));
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            ChainEntry v = chain.get(i);
            out.add(new HistoryEntry(i == 0 ? HistoryEntry.Step.ORIGINAL : HistoryEntry.Step.AMEND, v.itemHash(), v.time(),
                    p.name() + "-2.0.zip", 1_180_000L, p.owner(), DemoData.ACCOUNT_NAME, v.current(), null));
        }
        out.sort(Comparator.comparing(HistoryEntry::time).reversed());
        return out;
    }

    private ItemDetails volume(VolumeRow v) {
        List<Field> fields = List.of(
                new Field("Name", v.displayName(), false),
                new Field("Root hash", v.rootHash(), true),
                new Field("Owner", v.owner(), true),
                new Field("Item type", v.itemType(), true),
                new Field("Size", Sizes.bytes(v.sizeBytes()), false),
                new Field("Revisions", String.valueOf(v.revisions()), false));
        List<ChainEntry> revisions = new ArrayList<>();
        for (int i = 1; i <= v.revisions(); i++) {
            revisions.add(new ChainEntry(i == 1 ? v.rootHash() : DemoData.hash(v.name() + "-r" + i),
                    data.ago(48L * (v.revisions() - i) + 2), i == 1 ? "root" : "revision " + i, i == v.revisions()));
        }
        List<Link> usedBy = new ArrayList<>();
        for (ProgramRow p : data.programs()) {
            if (!p.status().live()) {
                continue;
            }
            for (RefPin ref : p.volumes()) {
                if (ref.ref().equals(v.rootHash())) {
                    usedBy.add(new Link(p.displayName(), p.itemHash(), "volume " + ref.role(), ref.followsLatest()));
                }
            }
            if (p.runtime().ref().equals(v.rootHash())) {
                usedBy.add(new Link(p.displayName(), p.itemHash(), "runtime", p.runtime().followsLatest()));
            }
        }
        return new ItemDetails(ItemDetails.Kind.VOLUME, v.displayName(), v.rootHash(), fields, List.of(), revisions,
                List.of(), usedBy, storeJson(v));
    }

    private String volumeName(String hash) {
        return data.volumes().stream().filter(v -> v.rootHash().equals(hash)).map(VolumeRow::displayName)
                .findFirst().orElse(hash.substring(0, 12));
    }

    private static String programJson(ProgramRow p) {
        ObjectNode c = JSON.createObjectNode();
        c.put("address", p.owner());
        c.put("time", new BigDecimal(p.updated().getEpochSecond() + ".25"));
        c.put("type", "vm-function");
        c.put("allow_amend", p.allowAmend());
        c.putObject("metadata").put("name", p.name());
        ObjectNode code = c.putObject("code");
        code.put("encoding", "zip").put("entrypoint", "main:app").put("ref", p.code().ref())
                .put("use_latest", p.code().followsLatest());
        c.putObject("on").put("http", true).put("persistent", false);
        ObjectNode runtime = c.putObject("runtime");
        runtime.put("ref", p.runtime().ref()).put("use_latest", p.runtime().followsLatest())
                .put("comment", "Debian 12 with Python 3.12");
        ObjectNode resources = c.putObject("resources");
        resources.put("vcpus", p.vcpus()).put("memory", p.memoryMiB()).put("seconds", 30);
        ArrayNode volumes = c.putArray("volumes");
        for (RefPin v : p.volumes()) {
            volumes.addObject().put("mount", v.role()).put("ref", v.ref()).put("use_latest", v.followsLatest());
        }
        c.putObject("payment").put("type", "credit").put("chain", "ETH");
        return c.toString();
    }

    private static String storeJson(VolumeRow v) {
        ObjectNode c = JSON.createObjectNode();
        c.put("address", v.owner());
        c.put("time", new BigDecimal(v.updated().getEpochSecond() + ".5"));
        c.put("item_type", v.itemType());
        c.put("item_hash", v.rootHash());
        c.putObject("metadata").put("name", v.name());
        c.putObject("payment").put("type", "credit").put("chain", "ETH");
        return c.toString();
    }
}
