package org.alephdeploy.ui.inventory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.alephdeploy.deploy.inventory.Inventory;
import org.alephdeploy.deploy.inventory.ProgramChain;
import org.alephdeploy.deploy.inventory.ProgramView;
import org.alephdeploy.deploy.plan.VersionRestore;
import org.alephdeploy.deploy.inventory.ResolvedReference;
import org.alephdeploy.deploy.inventory.StoreRevision;
import org.alephdeploy.deploy.inventory.UpdatePath;
import org.alephdeploy.deploy.inventory.VolumeUse;
import org.alephdeploy.deploy.inventory.VolumeView;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageStatus;
import org.alephdeploy.message.ProgramContent;
import org.alephdeploy.message.Reference;
import org.alephdeploy.ui.details.ItemDetails;
import org.alephdeploy.ui.details.ItemDetails.ChainEntry;
import org.alephdeploy.ui.details.ItemDetails.Field;
import org.alephdeploy.ui.details.ItemDetails.HistoryEntry;
import org.alephdeploy.ui.details.ItemDetails.Link;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.model.ItemStatus;
import org.alephdeploy.ui.model.ShortHash;
import org.alephdeploy.ui.model.Sizes;
import java.time.Instant;
import java.util.Locale;

/**
 * The details pane's content for one program or volume of an {@link Inventory}: every field, the
 * amend chain, the revision timeline (with the revisions a roll-back may go to), dependencies both
 * ways and the message envelope as received. Pure.
 */
public final class InventoryDetails {
    private final Inventory inv;
    private final boolean watchOnly;
    private final Function<String, String> accountName;

    public InventoryDetails(Inventory inv, boolean watchOnly) {
        this(inv, watchOnly, address -> null);
    }

    /** @param accountName the wallet's name for an address, or null when it is not in the wallet */
    public InventoryDetails(Inventory inv, boolean watchOnly, Function<String, String> accountName) {
        this.inv = inv;
        this.watchOnly = watchOnly;
        this.accountName = accountName;
    }

    /** The details of the program or volume {@code hash} (a program version, a volume root or a revision). */
    public Optional<ItemDetails> of(String hash) {
        Optional<ProgramView> p = inv.program(hash);
        if (p.isPresent()) {
            return Optional.of(program(p.get()));
        }
        return inv.volumeContaining(hash).map(this::volume);
    }

    /** For a removing message, what it means and what to top up (the badge's words); {@code words} otherwise. */
    private String removingWords(String itemHash, MessageStatus status, String words) {
        ItemStatus shown = Statuses.of(status, inv.removalReason(itemHash).orElse(null));
        return shown.removing() ? shown.explanation() : words;
    }

    ItemDetails program(ProgramView p) {
        ProgramContent c = p.content();
        List<Field> fields = new ArrayList<>();
        field(fields, "details.field.name", p.name() == null ? ShortHash.of(p.itemHash()) : p.name(), false);
        field(fields, "details.field.itemHash", p.itemHash(), true);
        field(fields, "details.field.owner", p.owner(), true);
        if (p.sender() != null && !p.sender().equalsIgnoreCase(p.owner())) {
            field(fields, "details.field.sender", p.sender(), true);
        }
        field(fields, "details.field.channel", p.channel(), true);
        field(fields, "details.field.status", removingWords(p.itemHash(), p.status(), p.statusWords()), false);
        if (p.mutability() != null) {
            field(fields, "details.field.config", p.mutability().configWords(), false);
            p.mutability().parts().forEach(part -> fields.add(new Field(part.label(), part.words(), false)));
        }
        if (c != null) {
            field(fields, "details.field.code", c.code().ref() + (c.code().useLatest() ? "  (use_latest)" : "  (pinned)"), true);
            field(fields, "details.field.entrypoint", c.entrypoint() + "  (" + c.codeEncoding() + ")", true);
            field(fields, "details.field.runtime", c.runtime().ref() + (c.runtime().useLatest() ? "  (use_latest)" : "  (pinned)"), true);
            field(fields, "details.field.resources", I18n.format("details.field.resourcesValue", c.vcpus(),
                    Sizes.mebibytes(c.memoryMib()), c.timeoutSeconds()), false);
            field(fields, "details.field.persistent", String.valueOf(c.persistent()), true);
            field(fields, "details.field.internet", String.valueOf(c.internet()), true);
            field(fields, "details.field.variables", String.join(", ", c.variables().keySet()), true);
            field(fields, "details.field.payment", c.payment() == null ? "hold" : c.payment().type(), true);
        }
        field(fields, "details.field.url", p.url(), true);
        if (!p.flags().isEmpty()) {
            field(fields, "details.field.flags", String.join("; ", p.flags()), false);
        }
        List<ChainEntry> chain = new ArrayList<>();
        ProgramChain pc = inv.chainOf(p.itemHash()).orElse(null);
        if (pc != null) {
            ProgramView current = pc.current();
            for (ProgramView v : pc.versions()) {
                String note = (v.isAmend() ? I18n.format("details.chain.amendOf", ShortHash.of(v.replaces()))
                        : I18n.get("details.chain.original")) + " · " + v.statusWords();
                chain.add(new ChainEntry(v.itemHash(), time(v.message()), note, v == current));
            }
        }
        List<ChainEntry> revisions = List.of();
        String root = null;
        Optional<ResolvedReference> code = p.reference(Reference.Role.CODE);
        Optional<VolumeView> codeVolume = code.flatMap(ref -> inv.volumeContaining(ref.reference().ref()));
        if (codeVolume.isPresent()) {
            boolean canRevise = p.mutability() != null && p.mutability().part(Reference.Role.CODE)
                    .map(part -> part.path() == UpdatePath.REVISION).orElse(false);
            revisions = timeline(codeVolume.get(), canRevise);
            root = codeVolume.get().rootHash();
        }
        List<HistoryEntry> history = history(pc, codeVolume.orElse(null), revisions);
        List<Link> depends = new ArrayList<>();
        for (ResolvedReference r : p.references()) {
            String name = inv.volumeContaining(r.reference().ref()).map(VolumeView::name).orElse(null);
            depends.add(new Link(name == null ? ShortHash.of(r.reference().ref()) : name, r.reference().ref(), r.label(),
                    r.followsLatest()));
        }
        String title = p.name() == null ? ShortHash.of(p.itemHash()) : p.name();
        return new ItemDetails(ItemDetails.Kind.PROGRAM, title, p.itemHash(), fields, chain, revisions, depends, List.of(),
                raw(p.message()), root, history, InventoryRows.verifyWords(inv, pc == null ? List.of(p.itemHash())
                        : pc.versions().stream().map(ProgramView::itemHash).toList()));
    }

    /**
     * The program's deployment history, newest first: each version of the program (original and
     * amends) with the code file it ran, and each later revision of its code volume, with who signed.
     */
    private List<HistoryEntry> history(ProgramChain pc, VolumeView codeVolume, List<ChainEntry> revisions) {
        List<HistoryEntry> out = new ArrayList<>();
        if (pc != null) {
            ProgramView current = pc.current();
            for (ProgramView v : pc.versions()) {
                StoreRevision file = v.reference(Reference.Role.CODE)
                        .flatMap(r -> inv.volumeContaining(r.reference().ref()).flatMap(vol -> revision(vol, r.reference().ref())))
                        .orElse(null);
                VersionRestore.Result restore = v == current ? new VersionRestore.Result(null, null) : VersionRestore.of(current, v);
                out.add(new HistoryEntry(v.isAmend() ? HistoryEntry.Step.AMEND : HistoryEntry.Step.ORIGINAL, v.itemHash(),
                        time(v.message()), file == null ? null : file.name(), file == null ? null : file.size(), v.sender(),
                        accountName.apply(v.sender()), v == current, null, restore.intent(), restore.cannot()));
            }
        }
        if (codeVolume != null) {
            for (StoreRevision r : codeVolume.timeline()) {
                if (!r.isRevision()) {
                    continue;
                }
                ChainEntry entry = revisions.stream().filter(e -> e.itemHash().equals(r.itemHash())).findFirst().orElse(null);
                boolean isCurrent = entry != null && entry.current();
                String back = entry != null && entry.rollBackable() ? r.itemHash() : null;
                out.add(new HistoryEntry(HistoryEntry.Step.CODE_REVISION, r.itemHash(),
                        Statuses.instant(r.envelopeTime() != null ? r.envelopeTime() : r.contentTime()), r.name(), r.size(),
                        r.sender(), accountName.apply(r.sender()), isCurrent, back));
            }
        }
        out.sort(Comparator.comparing(HistoryEntry::time, Comparator.nullsFirst(Comparator.naturalOrder())).reversed());
        return out;
    }

    /** The STORE {@code hash} names in {@code volume}: its root or one of its revisions. */
    private static Optional<StoreRevision> revision(VolumeView volume, String hash) {
        return volume.timeline().stream().filter(r -> r.itemHash().equals(hash)).findFirst();
    }

    ItemDetails volume(VolumeView v) {
        StoreRevision current = v.currentByCrn() != null ? v.currentByCrn() : v.root();
        List<Field> fields = new ArrayList<>();
        field(fields, "details.field.name", v.name() == null ? ShortHash.of(v.rootHash()) : v.name(), false);
        field(fields, "details.field.rootHash", v.rootHash(), true);
        field(fields, "details.field.owner", v.owner(), true);
        if (current != null) {
            field(fields, "details.field.itemType", current.fileType() == null ? "" : current.fileType().wire(), true);
            field(fields, "details.field.fileHash", current.fileHash(), true);
            field(fields, "details.field.size", current.size() == null ? "" : Sizes.bytes(current.size()), false);
            field(fields, "details.field.status", removingWords(current.itemHash(), current.status(), current.status().wire()), false);
        }
        field(fields, "details.field.revisions", String.valueOf(v.timeline().size()), false);
        if (v.currentsDiffer() && v.currentByNode() != null) {
            field(fields, "details.field.currentByNode", v.currentByNode().itemHash(), true);
        }
        if (!v.flags().isEmpty()) {
            field(fields, "details.field.flags", String.join("; ", v.flags()), false);
        }
        List<Link> usedBy = new ArrayList<>();
        for (VolumeUse u : v.uses()) {
            String role = (u.mount() == null ? u.role().name().toLowerCase(Locale.ROOT) : u.mount())
                    + " · " + u.how() + " · " + u.programStatus().wire();
            usedBy.add(new Link(InventoryRows.programLabel(u), u.programHash(), role, u.followsLatest()));
        }
        String title = v.name() == null ? ShortHash.of(v.rootHash()) : v.name();
        Message raw = current != null && current.message() != null ? current.message()
                : v.root() == null ? null : v.root().message();
        return new ItemDetails(ItemDetails.Kind.VOLUME, title, v.rootHash(), fields, List.of(),
                timeline(v, v.ownedByAccount()), List.of(), usedBy, raw(raw), v.rootHash(), List.of(),
                InventoryRows.verifyWords(inv, v.timeline().stream().map(StoreRevision::itemHash).toList()));
    }

    private List<ChainEntry> timeline(VolumeView v, boolean mayRevise) {
        StoreRevision current = v.currentByCrn();
        List<ChainEntry> out = new ArrayList<>();
        int n = 0;
        for (StoreRevision r : v.timeline()) {
            boolean isRoot = !r.isRevision();
            String note = (isRoot ? I18n.get("details.chain.root") : I18n.format("details.chain.revision", ++n))
                    + " · " + r.status().wire() + (r.fileHash() == null ? "" : " · " + ShortHash.of(r.fileHash()));
            boolean isCurrent = current != null && current.itemHash().equals(r.itemHash());
            boolean rollBackable = mayRevise && !watchOnly && !isCurrent && r.status().live() && r.fileHash() != null
                    && inv.fileOnNode(r.fileHash());
            out.add(new ChainEntry(r.itemHash(), Statuses.instant(r.envelopeTime() != null ? r.envelopeTime() : r.contentTime()),
                    note, isCurrent, rollBackable));
        }
        return out;
    }

    private static void field(List<Field> fields, String key, String value, boolean mono) {
        fields.add(new Field(I18n.get(key), value == null ? "" : value, mono));
    }

    private static Instant time(Message m) {
        return m == null ? null : Statuses.instant(m.time());
    }

    /** The envelope as the node served it; its {@code item_content} is the exact signed text. */
    private static String raw(Message m) {
        return m == null ? "" : Json.compact(m.envelope());
    }
}
