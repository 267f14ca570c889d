package org.alephdeploy.ui.inventory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.alephdeploy.deploy.inventory.BootCheck;
import org.alephdeploy.deploy.inventory.Inventory;
import org.alephdeploy.deploy.inventory.Mutability;
import org.alephdeploy.deploy.inventory.PartMutability;
import org.alephdeploy.deploy.inventory.ProgramChain;
import org.alephdeploy.deploy.inventory.ProgramView;
import org.alephdeploy.deploy.inventory.ResolvedReference;
import org.alephdeploy.deploy.inventory.StoreRevision;
import org.alephdeploy.deploy.inventory.UpdatePath;
import org.alephdeploy.deploy.inventory.VolumeUse;
import org.alephdeploy.deploy.inventory.VolumeView;
import org.alephdeploy.message.ProgramContent;
import org.alephdeploy.message.Reference;
import org.alephdeploy.ui.model.ShortHash;
import org.alephdeploy.ui.programs.ProgramRow;
import org.alephdeploy.ui.programs.RefPin;
import org.alephdeploy.ui.volumes.VolumeRow;
import org.alephdeploy.message.MessageStatus;
import org.alephdeploy.ui.model.ItemStatus;

/**
 * The programs and volumes tables' rows of an {@link Inventory}: one row per program chain (its
 * version in effect) and one per volume, with both lock axes and the update paths the inventory
 * worked out. Pure; linear in the inventory's size, so it can run on a worker for thousands.
 */
public final class InventoryRows {
    private InventoryRows() {
    }

    public static List<ProgramRow> programs(Inventory inv, boolean watchOnly) {
        List<ProgramRow> out = new ArrayList<>(inv.programs().size());
        for (ProgramChain chain : inv.programs()) {
            out.add(program(inv, chain, watchOnly));
        }
        return out;
    }

    /** The row of {@code chain}'s version in effect; the chain is given, a look-up per program made the list quadratic. */
    static ProgramRow program(Inventory inv, ProgramChain chain, boolean watchOnly) {
        ProgramView p = chain.current();
        ProgramContent c = p.content();
        Mutability m = p.mutability();
        RefPin code = pin(p, m, Reference.Role.CODE, "code");
        RefPin runtime = pin(p, m, Reference.Role.RUNTIME, "runtime");
        List<RefPin> volumes = new ArrayList<>();
        for (ResolvedReference r : p.references()) {
            if (r.role() == Reference.Role.VOLUME || r.role() == Reference.Role.DATA) {
                String role = r.role() == Reference.Role.DATA ? "data"
                        : r.reference().mount() == null ? r.label() : r.reference().mount();
                volumes.add(new RefPin(role, r.reference().ref(), r.followsLatest(), words(m, r)));
            }
        }
        int codeRevisions = p.reference(Reference.Role.CODE)
                .flatMap(r -> inv.volume(r.rootHash() == null ? r.reference().ref() : r.rootHash()))
                .map(v -> v.timeline().size()).orElse(1);
        UpdatePath codePath = m == null ? UpdatePath.NONE
                : m.part(Reference.Role.CODE).map(PartMutability::path).orElse(m.settingsPath());
        UpdatePath settingsPath = m == null ? UpdatePath.NONE : m.settingsPath();
        ItemStatus status = Statuses.of(p.status(), inv.removalReason(p.itemHash()).orElse(null));
        return new ProgramRow(p.name(), p.itemHash(), status, p.allowAmend(), code, runtime, volumes,
                c == null ? 0 : c.vcpus(), c == null ? 0 : c.memoryMib(), updated(p), p.url(), p.owner(),
                p.ownedByAccount(), codeRevisions, codePath, settingsPath, watchOnly, m == null ? null : m.configWords())
                .withBootWords(bootWords(inv, p))
                .withVerifyWords(verifyWords(inv, chain.versions().stream().map(ProgramView::itemHash).toList()));
    }

    /**
     * Why one of {@code hashes} does not verify, in words (the first problem, with how many more);
     * null when they all do.
     */
    static String verifyWords(Inventory inv, List<String> hashes) {
        List<String> problems = new ArrayList<>();
        for (String h : hashes) {
            problems.addAll(inv.verificationProblems(h));
        }
        if (problems.isEmpty()) {
            return null;
        }
        return String.join("; ", problems);
    }

    /** Why a compute node would not start a live program now, in words; null when it would (or the program is gone). */
    private static String bootWords(Inventory inv, ProgramView p) {
        if (!p.status().live() && p.status() != MessageStatus.PENDING) {
            return null;
        }
        BootCheck boot = inv.boot(p);
        return boot.ok() ? null : boot.words();
    }

    private static RefPin pin(ProgramView p, Mutability m, Reference.Role role, String label) {
        return p.reference(role)
                .map(r -> new RefPin(label, r.reference().ref(), r.followsLatest(), words(m, r)))
                .orElse(new RefPin(label, "", true, null));
    }

    private static String words(Mutability m, ResolvedReference r) {
        if (m == null) {
            return null;
        }
        for (PartMutability part : m.parts()) {
            if (part.role() == r.role() && part.ref().equals(r.reference().ref())) {
                return part.words();
            }
        }
        return null;
    }

    private static Instant updated(ProgramView p) {
        return p.message() == null ? null : Statuses.instant(p.message().time());
    }

    public static List<VolumeRow> volumes(Inventory inv, boolean watchOnly) {
        List<VolumeRow> out = new ArrayList<>();
        for (VolumeView v : inv.volumes()) {
            out.add(volume(inv, v, watchOnly));
        }
        return out;
    }

    static VolumeRow volume(Inventory inv, VolumeView v, boolean watchOnly) {
        StoreRevision current = v.currentByCrn() != null ? v.currentByCrn() : v.root();
        Set<String> followers = new LinkedHashSet<>();
        Set<String> pinned = new LinkedHashSet<>();
        for (VolumeUse u : v.uses()) {
            if (u.programStatus().live()) {
                (u.followsLatest() ? followers : pinned).add(u.programHash());
            }
        }
        Set<String> blockers = new LinkedHashSet<>();
        for (VolumeUse u : v.forgetBlockers()) {
            blockers.add(programLabel(u));
        }
        String itemType = current != null && current.fileType() != null ? current.fileType().wire() : "storage";
        long size = current != null && current.size() != null ? current.size() : 0;
        return new VolumeRow(v.name(), v.rootHash(), itemType, volumeStatus(inv, v, current), size, v.timeline().size(),
                followers.size(), pinned.size(), v.owner(), v.ownedByAccount(), latest(v), List.copyOf(blockers), watchOnly)
                .withVerifyWords(verifyWords(inv, v.timeline().stream().map(StoreRevision::itemHash).toList()));
    }

    /** A program as a blocker is named: its name (or short hash), and its owner when that is someone else. */
    static String programLabel(VolumeUse u) {
        String name = u.programName() != null ? u.programName() : ShortHash.of(u.programHash());
        return u.programOwnedByAccount() ? name : name + " (" + ShortHash.address(u.programOwner()) + ")";
    }

    private static Instant latest(VolumeView v) {
        BigDecimal max = null;
        for (StoreRevision r : v.timeline()) {
            BigDecimal t = r.envelopeTime() != null ? r.envelopeTime() : r.contentTime();
            if (t != null && (max == null || t.compareTo(max) > 0)) {
                max = t;
            }
        }
        return Statuses.instant(max);
    }

    /** The root's status; a live root whose current revision is being removed shows that (its file goes with it). */
    private static ItemStatus volumeStatus(Inventory inv, VolumeView v, StoreRevision current) {
        if (v.root() == null) {
            return ItemStatus.FORGOTTEN;
        }
        StoreRevision shown = v.root().status() == MessageStatus.PROCESSED && current != null
                && current.status() == MessageStatus.REMOVING ? current : v.root();
        return Statuses.of(shown.status(), inv.removalReason(shown.itemHash()).orElse(null));
    }
}
