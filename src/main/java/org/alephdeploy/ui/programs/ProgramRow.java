package org.alephdeploy.ui.programs;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.alephdeploy.ui.model.ItemStatus;

/**
 * One program as the programs table shows it: the folded view of a PROGRAM and its amends.
 * The inventory fills these; nothing here is computed by the UI.
 *
 * @param allowAmend     the config axis: false means the program is locked (immutable)
 * @param codeRevisions  how many revisions the code STORE has (1 = only the root)
 * @param owned          whether the current account may change it
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
        int codeRevisions) {

    public ProgramRow {
        Objects.requireNonNull(itemHash);
        Objects.requireNonNull(status);
        Objects.requireNonNull(code);
        Objects.requireNonNull(runtime);
        volumes = List.copyOf(volumes);
        name = name == null || name.isBlank() ? null : name;
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
