package org.alephdeploy.ui.programs;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.alephdeploy.deploy.inventory.UpdatePath;
import org.alephdeploy.ui.control.Badge;
import org.alephdeploy.ui.control.BadgeSpec;
import org.alephdeploy.ui.control.StatusBadge;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.model.ItemStatus;

/**
 * One program as the programs table shows it: the folded view of a PROGRAM and its amends.
 * The inventory fills these on a worker; {@code cells} (what the cells show: formatted numbers,
 * badges, their explanations) follows from the rest and is worked out there too.
 *
 * @param allowAmend     the config axis: false means the program is locked (immutable)
 * @param codeRevisions  how many revisions the code STORE has (1 = only the root)
 * @param owned          whether the current account may change it
 * @param codePath       how new code can reach it: a revision (hash kept), an amend or a recreate (new hash), or not at all
 * @param settingsPath   how a settings change can reach it: amend, recreate or not at all
 * @param watchOnly      the current account has no key: nothing can be signed
 * @param configWords    the config axis in words (the inventory's), for the lock badge's tooltip
 * @param cells          the cells' strings and badges; null works them out from the other fields
 * @param bootWords      why a compute node would not start the program now, in words; null when it would
 * @param verifyWords    why its message does not verify (item hash, signature or sender), in words; null when it verifies
 */
public record ProgramRow(
        String name,
        String itemHash,
        ItemStatus status,
        boolean allowAmend,
        RefPin code,
        RefPin runtime,
        List<RefPin> volumes,
        int vcpus,
        int memoryMiB,
        Instant updated,
        String url,
        String owner,
        boolean owned,
        int codeRevisions,
        UpdatePath codePath,
        UpdatePath settingsPath,
        boolean watchOnly,
        String configWords,
        ProgramCells cells,
        String bootWords,
        String verifyWords) {

    public ProgramRow {
        Objects.requireNonNull(itemHash);
        Objects.requireNonNull(status);
        Objects.requireNonNull(code);
        Objects.requireNonNull(runtime);
        volumes = List.copyOf(volumes);
        name = name == null || name.isBlank() ? null : name;
        Objects.requireNonNull(codePath);
        Objects.requireNonNull(settingsPath);
        if (cells == null) {
            cells = ProgramCells.of(allowAmend, code, runtime, volumes, vcpus, memoryMiB, updated);
        }
    }

    public ProgramRow(String name, String itemHash, ItemStatus status, boolean allowAmend, RefPin code, RefPin runtime,
            List<RefPin> volumes, int vcpus, int memoryMiB, Instant updated, String url, String owner, boolean owned,
            int codeRevisions, UpdatePath codePath, UpdatePath settingsPath, boolean watchOnly, String configWords,
            ProgramCells cells) {
        this(name, itemHash, status, allowAmend, code, runtime, volumes, vcpus, memoryMiB, updated, url, owner, owned,
                codeRevisions, codePath, settingsPath, watchOnly, configWords, cells, null, null);
    }

    /** A row as the inventory maps it; the cells' strings are worked out here, on the caller's thread. */
    public ProgramRow(String name, String itemHash, ItemStatus status, boolean allowAmend, RefPin code, RefPin runtime,
            List<RefPin> volumes, int vcpus, int memoryMiB, Instant updated, String url, String owner, boolean owned,
            int codeRevisions, UpdatePath codePath, UpdatePath settingsPath, boolean watchOnly, String configWords) {
        this(name, itemHash, status, allowAmend, code, runtime, volumes, vcpus, memoryMiB, updated, url, owner, owned,
                codeRevisions, codePath, settingsPath, watchOnly, configWords, null, null, null);
    }

    /** This row with the boot check's words ({@code null}: a compute node would start the program). */
    public ProgramRow withBootWords(String words) {
        return new ProgramRow(name, itemHash, status, allowAmend, code, runtime, volumes, vcpus, memoryMiB, updated, url, owner,
                owned, codeRevisions, codePath, settingsPath, watchOnly, configWords, cells, words, verifyWords);
    }

    /** This row with why its message does not verify ({@code null}: it verifies). */
    public ProgramRow withVerifyWords(String words) {
        return new ProgramRow(name, itemHash, status, allowAmend, code, runtime, volumes, vcpus, memoryMiB, updated, url, owner,
                owned, codeRevisions, codePath, settingsPath, watchOnly, configWords, cells, bootWords, words);
    }

    /** Whether the message was checked (item hash, signature, sender) and may be acted on. */
    public boolean verifies() {
        return verifyWords == null;
    }

    /** What a code update does to this program, in a few words with a colour ({@link CodeUpdate}). */
    public CodeUpdate codeUpdate() {
        return CodeUpdate.of(this);
    }

    /** Whether a compute node would refuse to start the program with the files it would use now. */
    public boolean wontStart() {
        return bootWords != null;
    }

    /**
     * The status badge; for a message that failed its checks, a "does not verify" badge explaining
     * why instead (the status it claims cannot be trusted).
     */
    public List<BadgeSpec> statusBadges() {
        if (verifyWords == null) {
            return List.of(StatusBadge.spec(this.status));
        }
        return List.of(new BadgeSpec(Badge.Variant.UNVERIFIED, I18n.get("shell.badge.doesNotVerify"), verifyWords));
    }

    /** A row whose update paths follow from the two axes alone (owned: revision, amend or recreate). */
    public ProgramRow(String name, String itemHash, ItemStatus status, boolean allowAmend, RefPin code, RefPin runtime,
            List<RefPin> volumes, int vcpus, int memoryMiB, Instant updated, String url, String owner, boolean owned,
            int codeRevisions) {
        this(name, itemHash, status, allowAmend, code, runtime, volumes, vcpus, memoryMiB, updated, url, owner, owned,
                codeRevisions, !owned ? UpdatePath.NONE : code.followsLatest() ? UpdatePath.REVISION
                        : allowAmend ? UpdatePath.AMEND : UpdatePath.RECREATE,
                !owned ? UpdatePath.NONE : allowAmend ? UpdatePath.AMEND : UpdatePath.RECREATE, false, null);
    }

    public boolean locked() {
        return !allowAmend;
    }

    public long pinnedVolumes() {
        return volumes.stream().filter(RefPin::pinned).count();
    }

    public long followingVolumes() {
        return volumes.size() - pinnedVolumes();
    }

    /** Whether any reference (code, runtime or a volume) is pinned. */
    public boolean anyPinned() {
        return code.pinned() || runtime.pinned() || pinnedVolumes() > 0;
    }

    public String displayName() {
        return name != null ? name : itemHash.substring(0, 12);
    }
}
